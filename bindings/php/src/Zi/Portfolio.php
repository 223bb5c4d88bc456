<?php
declare(strict_types=1);

namespace Zi;

use FFI;
use FFI\CData;

/**
 * Many satker at once (zi_portfolio): every plan file of a folder, compiled once, scored
 * as of any date. Freed with the object.
 */
final class Portfolio
{
    private function __construct(private CData $handle)
    {
    }

    public function __destruct()
    {
        Lib::ffi()->zi_portfolio_free($this->handle);
    }

    /** Every *.json plan in a folder, on their calendars. */
    public static function loadDir(string $dir): self
    {
        $ffi = Lib::ffi();
        $out = $ffi->new('zi_portfolio *');
        Lib::check($ffi->zi_portfolio_load_dir(FFI::addr($out), $dir, null, null), 'zi_portfolio_load_dir');
        return new self($out);
    }

    /** @param list<Plan> $plans the plans of the portfolio, on their own calendars */
    public static function fromPlans(array $plans): self
    {
        $ffi = Lib::ffi();
        $n = count($plans);
        $array = $ffi->new('const zi_plan *[' . max($n, 1) . ']');
        foreach (array_values($plans) as $i => $plan) {
            $array[$i] = $plan->handle();
        }
        $out = $ffi->new('zi_portfolio *');
        Lib::check($ffi->zi_portfolio_compile(FFI::addr($out), $array, $n, null, null), 'zi_portfolio_compile');
        return new self($out);
    }

    /** count synthetic satker from a base plan (deterministic for a seed). */
    public static function synthetic(Plan $base, int $count, int $seed): self
    {
        $ffi = Lib::ffi();
        $out = $ffi->new('zi_portfolio *');
        Lib::check($ffi->zi_portfolio_synthetic(FFI::addr($out), $base->handle(), $count, $seed, null, null),
            'zi_portfolio_synthetic');
        return new self($out);
    }

    /** The same portfolio with this evidence (rows of every satker) attached. */
    public function withEvidenceFile(string $path): self
    {
        $ffi = Lib::ffi();
        $scope = $ffi->new('zi_evidence_scope *');
        Lib::check($ffi->zi_portfolio_scope(FFI::addr($scope), $this->handle), 'zi_portfolio_scope');
        $evidence = $ffi->new('zi_evidence *');
        try {
            Lib::check($ffi->zi_evidence_load_file(FFI::addr($evidence), $path, $scope), 'zi_evidence_load_file');
        } finally {
            $ffi->zi_evidence_scope_free($scope);
        }
        try {
            $out = $ffi->new('zi_portfolio *');
            Lib::check($ffi->zi_portfolio_with_evidence(FFI::addr($out), $this->handle, $evidence),
                'zi_portfolio_with_evidence');
            return new self($out);
        } finally {
            $ffi->zi_evidence_free($evidence);
        }
    }

    public function planCount(): int
    {
        return Lib::ffi()->zi_portfolio_plan_count($this->handle);
    }

    /** The satker codes, in portfolio order. @return list<string> */
    public function satkerCodes(): array
    {
        $ffi = Lib::ffi();
        $codes = [];
        for ($i = 0, $n = $ffi->zi_portfolio_plan_count($this->handle); $i < $n; ++$i) {
            $codes[] = Lib::str($ffi->zi_satker_code($ffi->zi_portfolio_satker($this->handle, $i)));
        }
        return $codes;
    }

    /**
     * Every satker scored as of a date: `zi portfolio --json` (ranking and roll-up per
     * parent; threshold is the score a satker should reach, 0..100), decoded.
     */
    public function score(string|\DateTimeInterface $asOf, float $threshold = 75.0): array
    {
        $ffi = Lib::ffi();
        $scores = $ffi->new('zi_portfolio_scores *');
        Lib::check($ffi->zi_portfolio_score(FFI::addr($scores), $this->handle, Lib::date($asOf), null), 'zi_portfolio_score');
        try {
            return Lib::takeJson(
                fn (CData $json, CData $len) => $ffi->zi_portfolio_scores_to_json($json, $len, $this->handle, $scores, $threshold),
                'zi_portfolio_scores_to_json');
        } finally {
            $ffi->zi_portfolio_scores_free($scores);
        }
    }
}
