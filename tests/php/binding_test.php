<?php
// php.binding: the Zi PHP package (bindings/php) over libzi_c, with plain asserts.
// Environment: ZI_LIBRARY (libzi_c), ZI_PHP_CDEF (zi.h in ZI_CDEF form), ZI_SOURCE_DIR,
// and ZI_CLI (the zi tool, whose --json numbers the PHP results must equal).
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
declare(strict_types=1);

$source = getenv('ZI_SOURCE_DIR') ?: dirname(__DIR__, 2);
require $source . '/bindings/php/src/autoload.php';

$passed = 0;
$failed = 0;

function check(string $name, callable $body): void
{
    global $passed, $failed;
    try {
        $body();
        ++$passed;
        echo "ok   $name\n";
    } catch (Throwable $e) {
        ++$failed;
        echo "FAIL $name: ", get_class($e), ': ', $e->getMessage(), ' (', basename($e->getFile()), ':', $e->getLine(), ")\n";
    }
}

function same(mixed $expected, mixed $actual, string $what = ''): void
{
    if ($expected !== $actual) {
        throw new Exception(sprintf('%s: expected %s, got %s', $what, var_export($expected, true), var_export($actual, true)));
    }
}

/** @return array the decoded JSON printed by `zi ARGS --json` (exit status 0 or 1). */
function cli(array $args): array
{
    $cli = getenv('ZI_CLI');
    if (!$cli) {
        throw new Exception('ZI_CLI is not set');
    }
    $command = array_merge([$cli], $args, ['--json']);
    $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $rc = proc_close($process);
    if ($rc !== 0 && $rc !== 1) {
        throw new Exception(implode(' ', $command) . " exited $rc: $err");
    }
    return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
}

function expect_throws(string $class, int $code, string $messagePart, callable $body): Zi\ZiException
{
    try {
        $body();
    } catch (Zi\ZiException $e) {
        same($class, get_class($e), 'exception class');
        same($code, $e->getCode(), 'status');
        if (!str_contains($e->getMessage(), $messagePart)) {
            throw new Exception("message '{$e->getMessage()}' does not contain '$messagePart'");
        }
        return $e;
    }
    throw new Exception("no $class thrown");
}

$sample = $source . '/data/samples/kpu-sulteng-2026-bukti.csv';
$worked = $source . '/tests/data/lke/worked-example.json';

check('library version and ABI', function () {
    same(0, Zi\Lib::ABI_VERSION);
    if (!preg_match('/^\d+\.\d+\.\d+$/', Zi\Lib::version())) {
        throw new Exception('version ' . Zi\Lib::version());
    }
});

check('default plan: satker, year, tree', function () {
    $plan = Zi\Plan::default();
    same('KPU-72', $plan->satkerCode(), 'satker code');
    same('KPU Provinsi Sulawesi Tengah', $plan->satkerName(), 'satker name');
    same(2026, $plan->year(), 'year');
    same(64, $plan->indicatorCount(), 'indicators');
    $components = $plan->components();
    same(6, count($components), 'komponen');
    $n = 0;
    foreach ($components as $c) {
        foreach ($c['aspects'] as $a) {
            foreach ($a['activities'] as $k) {
                $n += count($k['indicators']);
            }
        }
    }
    same(64, $n, 'indicators in the tree');
});

check('penanggung jawab: a BOM and $schema accepted, the kegiatan\'s inherited', function () use ($source) {
    $plan = Zi\Plan::loadFile($source . '/tests/data/plans/penanggung-jawab.json');
    $k = $plan->components()[0]['aspects'][0]['activities'];
    same('Sekretaris', $k[0]['responsible'], 'kegiatan');
    same('Sekretaris', $k[0]['indicators'][0]['responsible'], 'inherited');
    same('Kasubbag Umum, Logistik; Keuangan', $k[0]['indicators'][1]['responsible'], 'own');
    same('', $k[1]['responsible'], 'none');
    same('', $k[1]['indicators'][0]['responsible'], 'none inherited');
});

check('lint: the same diagnostics as `zi plan lint --json`', function () {
    $plan = Zi\Plan::default();
    $diagnostics = $plan->lint();
    $json = $plan->lintJson();
    $cli = cli(['plan', 'lint']);
    same($cli, $json, 'lint JSON of the C API vs the CLI');
    same(0, count(array_filter($diagnostics, fn ($d) => $d['severity'] === 'error')), 'errors');
    if (count($diagnostics) === 0 || $diagnostics[0]['where'] === '' || $diagnostics[0]['message'] === '') {
        throw new Exception('diagnostics without location or message');
    }
});

check('score as of 2026-07-01 with the sample evidence equals `zi score --json`', function () use ($sample) {
    $plan = Zi\Plan::default();
    $evidence = $plan->loadEvidence($sample);
    if ($evidence->count() === 0) {
        throw new Exception('no evidence rows');
    }
    $report = $plan->score('2026-07-01', $evidence);
    $cli = cli(['score', '--as-of', '2026-07-01', '--evidence', $sample, '--allow-rejects']);
    $score = $report->score();
    same($cli['score'], $score, 'plan score');
    same($report->toArray()['score'], $score, 'report JSON score');
    // The plan score is 100 x the weighted mean of the komponen scores (as capi.scoring checks).
    $nodes = $report->nodes(Zi\Report::LEVEL_COMPONENT);
    same(6, count($nodes), 'komponen');
    $num = 0.0;
    $den = 0.0;
    foreach ($nodes as $node) {
        if ($node['score'] !== null) {
            $num += $node['weight'] * $node['score'];
            $den += $node['weight'];
        }
    }
    same(100.0 * ($num / $den), $score, '100 x weighted mean of the komponen');
    same(array_column($nodes, 'score', 'id'), $report->scores(Zi\Report::LEVEL_COMPONENT), 'scores()');
    // Pinned: "NILAI RENCANA AKSI: 62,40 dari 100" is what `zi score` prints for the embedded
    // plan as of 1 July 2026 with the sample evidence (the C API, the CLI and Python give the
    // same double). It moves only when the plan, the sample or a scoring rule does.
    if (abs($score - 62.40) > 0.005) {
        throw new Exception("plan score $score, expected 62,40 (rounded)");
    }
    // Nothing submitted: nothing scores above 0 on the same date.
    $empty = $plan->score('2026-07-01');
    if ($empty->score() !== null && $empty->score() >= $score) {
        throw new Exception('score without evidence ' . var_export($empty->score(), true));
    }
});

check('agenda equals `zi agenda --json`', function () use ($sample) {
    $plan = Zi\Plan::default();
    $report = $plan->score('2026-07-01', $plan->loadEvidence($sample));
    $agenda = $report->agenda(10, 10);
    $cli = cli(['agenda', '--as-of', '2026-07-01', '--evidence', $sample, '--allow-rejects']);
    same($cli, $agenda, 'agenda');
});

check('portfolio of synthetic satker: ranking for every plan', function () {
    $portfolio = Zi\Portfolio::synthetic(Zi\Plan::default(), 5, 7);
    same(5, $portfolio->planCount(), 'plans');
    same(5, count(array_unique($portfolio->satkerCodes())), 'distinct satker');
    $scores = $portfolio->score('2026-07-01');
    same('2026-07-01', $scores['as_of'], 'as_of');
    same(5, count($scores['satker']), 'satker rows');
    $ranking = $scores['ranking'];
    sort($ranking);
    $codes = $portfolio->satkerCodes();
    sort($codes);
    same($codes, $ranking, 'ranking is a permutation of the satker');
    // Nothing submitted: every satker scores 0 on what was due by then.
    same([0], array_values(array_unique(array_column($scores['satker'], 'score'))), 'scores without evidence');
});

check('portfolio of the default plan with the sample evidence: the plan score again', function () use ($sample) {
    $plan = Zi\Plan::default();
    $expected = $plan->score('2026-07-01', $plan->loadEvidence($sample))->score();
    $portfolio = Zi\Portfolio::fromPlans([$plan])->withEvidenceFile($sample);
    $scores = $portfolio->score('2026-07-01');
    same(['KPU-72'], $scores['ranking'], 'ranking');
    same($expected, $scores['satker'][0]['score'], 'portfolio score of KPU-72 (0..100)');
});

check('LKE worked example: total 79.115, WBK passes, WBBM fails', function () use ($worked) {
    $lke = Zi\Lke::default();
    $total = $lke->total($worked);
    if (abs($total - 79.115) > 1e-9) {
        throw new Exception("total $total");
    }
    $score = $lke->score($worked);
    same(cli(['lke', 'score', $worked]), $score, 'LKE score JSON vs the CLI');
    same(true, $lke->check($worked, 'wbk')['pass'], 'wbk');
    same(false, $lke->check($worked, 'WBBM')['pass'], 'wbbm');
    same(cli(['lke', 'check', $worked, '--predicate', 'wbk']), $lke->check($worked, 'wbk'), 'check JSON vs the CLI');
});

check('errors become exceptions with zi_last_error_message', function () use ($source) {
    expect_throws(Zi\IoException::class, -6, '/no/such/plan.json',
        fn () => Zi\Plan::loadFile('/no/such/plan.json'));
    $e = expect_throws(Zi\InvalidInputException::class, -1, '1', fn () => Zi\Plan::fromJson('{"schema": '));
    same('ZI_EINVALID', $e->status(), 'status name');
    expect_throws(Zi\InvalidInputException::class, -1, 'unknown-question',
        fn () => Zi\Lke::default()->total($source . '/tests/data/lke/bad/unknown-question.json'));
    expect_throws(Zi\InvalidInputException::class, -1, '2026-13-01',
        fn () => Zi\Lib::date('2026-13-01'));
});

check('handles are freed: 2000 plans and reports made and dropped', function () use ($sample) {
    $plan = Zi\Plan::default();
    $evidence = $plan->loadEvidence($sample);
    $expected = $plan->score('2026-07-01', $evidence)->score();
    $before = memory_get_usage();
    for ($i = 0; $i < 2000; ++$i) {
        same($expected, Zi\Plan::default()->score('2026-07-01', $evidence)->score(), 'score');
    }
    // PHP's own heap does not grow with the loop (the C objects are freed by destructors;
    // ASan's leak checker covers the C side in the sanitizer build).
    if (memory_get_usage() - $before > 1 << 20) {
        throw new Exception('PHP memory grew by ' . (memory_get_usage() - $before));
    }
});

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
