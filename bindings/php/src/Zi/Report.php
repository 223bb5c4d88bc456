<?php
declare(strict_types=1);

namespace Zi;

use FFI;
use FFI\CData;

/**
 * A compliance report (zi_report): the plan scored as of a date with its evidence. The
 * getters (score(), nodes(), scores()) give the plan on 0..100 and komponen, aspek and
 * indikator on 0..1 (as in zi.h); in toArray(), the JSON, every "score" is on 0..100.
 */
final class Report
{
    public const LEVEL_PLAN = 0;
    public const LEVEL_COMPONENT = 1;
    public const LEVEL_ASPECT = 2;
    public const LEVEL_INDICATOR = 3;

    /** @internal made by Plan::score() */
    public function __construct(private CData $handle)
    {
    }

    public function __destruct()
    {
        Lib::ffi()->zi_report_free($this->handle);
    }

    /** The plan score (0..100), or null when nothing was due yet. */
    public function score(): ?float
    {
        $ffi = Lib::ffi();
        $score = $ffi->new('double');
        $has = $ffi->new('bool');
        Lib::check($ffi->zi_report_score(FFI::addr($score), FFI::addr($has), $this->handle), 'zi_report_score');
        return $has->cdata ? $score->cdata : null;
    }

    /**
     * The scores of one level (LEVEL_COMPONENT, ...), keyed by node id, in plan order;
     * null for a node with nothing due yet.
     * @return array<string, ?float>
     */
    public function scores(int $level): array
    {
        $out = [];
        foreach ($this->nodes($level) as $node) {
            $out[$node['id']] = $node['score'];
        }
        return $out;
    }

    /**
     * The nodes of one level with their weights: id, score (null when nothing was due) and
     * weight, in plan order. The plan score is 100 x the weighted mean of the komponen.
     * @return list<array{id: string, score: ?float, weight: float}>
     */
    public function nodes(int $level): array
    {
        $ffi = Lib::ffi();
        $score = $ffi->new('double');
        $has = $ffi->new('bool');
        $weight = $ffi->new('double');
        $out = [];
        for ($i = 0, $n = $ffi->zi_report_node_count($this->handle, $level); $i < $n; ++$i) {
            Lib::check($ffi->zi_report_node(FFI::addr($score), FFI::addr($has), FFI::addr($weight), $this->handle, $level, $i),
                'zi_report_node');
            $out[] = [
                'id' => Lib::str($ffi->zi_report_node_id($this->handle, $level, $i)),
                'score' => $has->cdata ? $score->cdata : null,
                'weight' => $weight->cdata,
            ];
        }
        return $out;
    }

    /** The report as `zi score --json` writes it, decoded. */
    public function toArray(): array
    {
        $ffi = Lib::ffi();
        return Lib::takeJson(fn (CData $json, CData $len) => $ffi->zi_report_to_json($json, $len, $this->handle),
            'zi_report_to_json');
    }

    /**
     * The agenda (`zi agenda --json`): counts by status, what is overdue (terlambat), what
     * falls due within the window (jatuh tempo in at most $within working days) and the next
     * $upcoming deliverables.
     */
    public function agenda(int $within = 10, int $upcoming = 10): array
    {
        $ffi = Lib::ffi();
        $opts = $ffi->new('zi_agenda_options');
        Lib::check($ffi->zi_agenda_options_init(FFI::addr($opts), 1), 'zi_agenda_options_init');
        $opts->within_working_days = $within;
        $opts->upcoming_limit = $upcoming;
        return Lib::takeJson(
            fn (CData $json, CData $len) => $ffi->zi_report_agenda_json($json, $len, $this->handle, null, FFI::addr($opts)),
            'zi_report_agenda_json');
    }

    /** The trace of one node's score (`zi explain --json`), down to the evidence rows. */
    public function explain(string $id): array
    {
        $ffi = Lib::ffi();
        return Lib::takeJson(fn (CData $json, CData $len) => $ffi->zi_report_explain_json($json, $len, $this->handle, $id),
            'zi_report_explain_json');
    }
}
