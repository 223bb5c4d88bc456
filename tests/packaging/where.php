<?php
// Prints the real path of the libzi_c that the Zi package loads (ZI_PHP_AUTOLOAD names the
// package's autoload.php). Used by tests/packaging/deb.cmake.
declare(strict_types=1);

require getenv('ZI_PHP_AUTOLOAD');
echo realpath(Zi\Lib::libraryPath());
