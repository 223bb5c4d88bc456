<?php
declare(strict_types=1);

namespace Zi;

use FFI;
use FFI\CData;

/**
 * The LKE of PermenPANRB 90/2021 (zi_lke_rubric): score an answer set and check it
 * against the WBK or WBBM predicate. The rubric handle is freed with the object.
 */
final class Lke
{
    private function __construct(private CData $rubric)
    {
    }

    public function __destruct()
    {
        Lib::ffi()->zi_lke_rubric_free($this->rubric);
    }

    /** The embedded rubric of PermenPANRB 90/2021. */
    public static function default(): self
    {
        $ffi = Lib::ffi();
        $out = $ffi->new('zi_lke_rubric *');
        Lib::check($ffi->zi_lke_rubric_default(FFI::addr($out)), 'zi_lke_rubric_default');
        return new self($out);
    }

    /**
     * Scores an answer set file (JSON or CSV; errors name the question or line) for the
     * "unit" (self-assessment) or "tpi" layer: `zi lke score --json`, decoded.
     */
    public function score(string $answersPath, string $layer = 'unit'): array
    {
        return $this->withScore($answersPath, $layer, function (CData $score): array {
            $ffi = Lib::ffi();
            return Lib::takeJson(fn (CData $json, CData $len) => $ffi->zi_lke_score_result_to_json($json, $len, $score),
                'zi_lke_score_result_to_json');
        });
    }

    /** The nilai total (pengungkit + hasil, points) of an answer set. */
    public function total(string $answersPath, string $layer = 'unit'): float
    {
        return $this->withScore($answersPath, $layer,
            static fn (CData $score): float => Lib::ffi()->zi_lke_score_result_total($score));
    }

    /**
     * Checks an answer set against a predicate ("wbk" or "wbbm"): every criterion with its
     * value, threshold and margin (`zi lke check --json`), decoded; "pass" says the verdict.
     */
    public function check(string $answersPath, string $predicate, string $layer = 'unit'): array
    {
        return $this->withScore($answersPath, $layer, function (CData $score) use ($predicate): array {
            $ffi = Lib::ffi();
            $check = $ffi->new('zi_lke_check_result *');
            Lib::check($ffi->zi_lke_check(FFI::addr($check), $this->rubric, $score, strtolower($predicate)), 'zi_lke_check');
            try {
                return Lib::takeJson(fn (CData $json, CData $len) => $ffi->zi_lke_check_result_to_json($json, $len, $check),
                    'zi_lke_check_result_to_json');
            } finally {
                $ffi->zi_lke_check_result_free($check);
            }
        });
    }

    private function withScore(string $answersPath, string $layer, callable $use): mixed
    {
        $layers = ['unit' => 0, 'tpi' => 1];
        if (!isset($layers[strtolower($layer)])) {
            throw new InvalidInputException("zi: unknown LKE layer '$layer' (unit or tpi)", -1, 'Lke::score');
        }
        $ffi = Lib::ffi();
        $answers = $ffi->new('zi_lke_answers *');
        Lib::check($ffi->zi_lke_answers_load_file(FFI::addr($answers), $this->rubric, $answersPath), 'zi_lke_answers_load_file');
        try {
            $opts = $ffi->new('zi_lke_score_options');
            Lib::check($ffi->zi_lke_score_options_init(FFI::addr($opts), 1), 'zi_lke_score_options_init');
            $opts->layer = $layers[strtolower($layer)];
            $score = $ffi->new('zi_lke_score_result *');
            Lib::check($ffi->zi_lke_score(FFI::addr($score), $this->rubric, $answers, FFI::addr($opts)), 'zi_lke_score');
            try {
                return $use($score);
            } finally {
                $ffi->zi_lke_score_result_free($score);
            }
        } finally {
            $ffi->zi_lke_answers_free($answers);
        }
    }
}
