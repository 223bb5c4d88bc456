<?php
declare(strict_types=1);

namespace Zi;

use FFI\CData;

/** @internal zi_diagnostics as PHP arrays. */
final class Diagnostics
{
    private const SEVERITIES = [0 => 'error', 1 => 'warning', 2 => 'info'];

    /** @param CData $diagnostics a const zi_diagnostics * (not freed here) */
    public static function toArray(CData $diagnostics): array
    {
        $ffi = Lib::ffi();
        $list = [];
        for ($i = 0, $n = $ffi->zi_diagnostics_count($diagnostics); $i < $n; ++$i) {
            $d = $ffi->zi_diagnostics_get($diagnostics, $i);
            $list[] = [
                'severity' => self::SEVERITIES[$ffi->zi_diagnostic_severity($d)] ?? 'unknown',
                'code' => Lib::str($ffi->zi_diagnostic_code($d)),
                'where' => Lib::str($ffi->zi_diagnostic_where($d)),
                'field' => Lib::str($ffi->zi_diagnostic_field($d)),
                'message' => Lib::str($ffi->zi_diagnostic_message($d)),
            ];
        }
        return $list;
    }
}
