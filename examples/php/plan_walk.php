<?php
// Load the default plan, lint it, and print the indicators of one component (the
// Penguatan Pengawasan komponen, LKE area "PW") with their schedule and target.
// The same task as examples/c/plan_walk.c and examples/python/plan_walk.py, with the Zi
// PHP package (bindings/php, PHP 8.2 FFI over libzi_c; php-zi installs it in
// /usr/share/php/zi). Run: php plan_walk.php
declare(strict_types=1);

require getenv('ZI_PHP_AUTOLOAD') ?: '/usr/share/php/zi/src/autoload.php';

$plan = Zi\Plan::default();
$severities = array_count_values(array_column($plan->lint(), 'severity'));
printf("%s, %d: %d errors, %d warnings\n", $plan->satkerName(), $plan->year(),
    $severities['error'] ?? 0, $severities['warning'] ?? 0);

foreach ($plan->components() as $component) {
    if ($component['lke_area'] !== 'PW') {
        continue;
    }
    echo $component['id'], ' ', $component['name'], "\n";
    foreach ($component['aspects'] as $aspect) {
        foreach ($aspect['activities'] as $activity) {
            foreach ($activity['indicators'] as $indicator) {
                echo "  {$indicator['id']}  {$indicator['schedule']} | {$indicator['target']}\n";
            }
        }
    }
}
