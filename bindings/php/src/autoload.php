<?php
// Autoloader for use without Composer: require this file, then use the Zi\ classes.
//   require '/usr/share/php/zi/src/autoload.php';
declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'Zi\\')) {
        $file = __DIR__ . '/Zi/' . str_replace('\\', '/', substr($class, 3)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
