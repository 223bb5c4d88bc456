<?php
declare(strict_types=1);

namespace Zi;

use FFI;
use FFI\CData;

/**
 * Evidence (bukti dukung) read for a plan: one row per submission. Rows that cannot be
 * used are kept as rejects, each with where (file:line) and why. Freed with the object.
 */
final class Evidence
{
    private function __construct(private CData $handle)
    {
    }

    public function __destruct()
    {
        Lib::ffi()->zi_evidence_free($this->handle);
    }

    /** A CSV or JSON evidence file, checked against the plan's indicators and occurrences. */
    public static function loadFile(string $path, Plan $plan): self
    {
        $ffi = Lib::ffi();
        $scope = $ffi->new('zi_evidence_scope *');
        Lib::check($ffi->zi_evidence_scope_for_plan(FFI::addr($scope), $plan->handle(), null), 'zi_evidence_scope_for_plan');
        try {
            $out = $ffi->new('zi_evidence *');
            Lib::check($ffi->zi_evidence_load_file(FFI::addr($out), $path, $scope), 'zi_evidence_load_file');
            return new self($out);
        } finally {
            $ffi->zi_evidence_scope_free($scope);
        }
    }

    /** @internal */
    public function handle(): CData
    {
        return $this->handle;
    }

    /** How many rows were accepted. */
    public function count(): int
    {
        return Lib::ffi()->zi_evidence_count($this->handle);
    }

    /** @return list<array{where: string, reason: string}> the rejected rows */
    public function rejected(): array
    {
        $ffi = Lib::ffi();
        $rows = [];
        for ($i = 0, $n = $ffi->zi_evidence_rejected_count($this->handle); $i < $n; ++$i) {
            $rows[] = [
                'where' => Lib::str($ffi->zi_evidence_rejected_where($this->handle, $i)),
                'reason' => Lib::str($ffi->zi_evidence_rejected_reason($this->handle, $i)),
            ];
        }
        return $rows;
    }
}
