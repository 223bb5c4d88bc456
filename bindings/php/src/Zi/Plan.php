<?php
declare(strict_types=1);

namespace Zi;

use FFI;
use FFI\CData;

/**
 * A satker's Rencana Aksi (zi_plan): komponen → aspek → kegiatan → indikator. Load it from
 * a zi.plan/1 JSON file or text, or take the embedded default plan; lint it; score it as
 * of a date. The handle is freed when the object goes away.
 */
final class Plan
{
    private function __construct(private CData $handle)
    {
    }

    public function __destruct()
    {
        Lib::ffi()->zi_plan_free($this->handle);
    }

    /** The embedded default plan (KPU Provinsi Sulawesi Tengah 2026). */
    public static function default(): self
    {
        return self::make(static fn (CData $out) => Lib::ffi()->zi_plan_default($out), 'zi_plan_default');
    }

    /** A plan file (zi.plan/1 JSON); errors say file:line:column and the JSON pointer. */
    public static function loadFile(string $path): self
    {
        return self::make(static fn (CData $out) => Lib::ffi()->zi_plan_load_file($out, $path, null),
            'zi_plan_load_file');
    }

    /** A plan from its JSON text. */
    public static function fromJson(string $json): self
    {
        return self::make(static fn (CData $out) => Lib::ffi()->zi_plan_load_buffer($out, $json, strlen($json), null),
            'zi_plan_load_buffer');
    }

    private static function make(callable $load, string $function): self
    {
        $out = Lib::ffi()->new('zi_plan *');
        Lib::check($load(FFI::addr($out)), $function);
        return new self($out);
    }

    /** @internal the zi_plan * for the other classes of this package. */
    public function handle(): CData
    {
        return $this->handle;
    }

    public function year(): int
    {
        return Lib::ffi()->zi_plan_year($this->handle);
    }

    public function satkerCode(): string
    {
        return Lib::str(Lib::ffi()->zi_satker_code(Lib::ffi()->zi_plan_satker($this->handle)));
    }

    public function satkerName(): string
    {
        return Lib::str(Lib::ffi()->zi_satker_name(Lib::ffi()->zi_plan_satker($this->handle)));
    }

    public function indicatorCount(): int
    {
        return Lib::ffi()->zi_plan_indicator_count($this->handle);
    }

    /**
     * The plan tree as arrays: each komponen with id, code, name, lke_area and its aspects,
     * each aspek with its activities, each kegiatan with its indicators (id, text, schedule
     * (target waktu), target (target capaian), evidence (bukti fisik), responsible (the
     * penanggung jawab who acts on it: its own, else its kegiatan's)); each kegiatan also has
     * its own responsible.
     */
    public function components(): array
    {
        $ffi = Lib::ffi();
        $components = [];
        for ($c = 0, $nc = $ffi->zi_plan_component_count($this->handle); $c < $nc; ++$c) {
            $component = $ffi->zi_plan_component($this->handle, $c);
            $aspects = [];
            for ($a = 0, $na = $ffi->zi_component_aspect_count($component); $a < $na; ++$a) {
                $aspect = $ffi->zi_component_aspect($component, $a);
                $activities = [];
                for ($k = 0, $nk = $ffi->zi_aspect_activity_count($aspect); $k < $nk; ++$k) {
                    $activity = $ffi->zi_aspect_activity($aspect, $k);
                    $indicators = [];
                    for ($i = 0, $ni = $ffi->zi_activity_indicator_count($activity); $i < $ni; ++$i) {
                        $indicator = $ffi->zi_activity_indicator($activity, $i);
                        $indicators[] = [
                            'id' => Lib::str($ffi->zi_indicator_id($indicator)),
                            'text' => Lib::str($ffi->zi_indicator_text($indicator)),
                            'schedule' => Lib::str($ffi->zi_indicator_schedule($indicator)),
                            'target' => Lib::str($ffi->zi_indicator_target($indicator)),
                            'evidence' => Lib::str($ffi->zi_indicator_evidence($indicator)),
                            // penanggung jawab: the indikator's own, else its kegiatan's ("" when none)
                            'responsible' => Lib::str($ffi->zi_plan_effective_responsible($this->handle, $indicator)),
                        ];
                    }
                    $activities[] = [
                        'id' => Lib::str($ffi->zi_activity_id($activity)),
                        'text' => Lib::str($ffi->zi_activity_text($activity)),
                        'responsible' => Lib::str($ffi->zi_activity_responsible($activity)),
                        'indicators' => $indicators,
                    ];
                }
                $aspects[] = [
                    'id' => Lib::str($ffi->zi_aspect_id($aspect)),
                    'name' => Lib::str($ffi->zi_aspect_name($aspect)),
                    'activities' => $activities,
                ];
            }
            $components[] = [
                'id' => Lib::str($ffi->zi_component_id($component)),
                'code' => Lib::str($ffi->zi_component_code($component)),
                'name' => Lib::str($ffi->zi_component_name($component)),
                'lke_area' => Lib::str($ffi->zi_component_lke_area($component)),
                'aspects' => $aspects,
            ];
        }
        return $components;
    }

    /**
     * Every defect of the plan (zi_plan_lint), in order: severity ("error", "warning",
     * "info"), code, where (the location in the source), field and message.
     * @return list<array{severity: string, code: string, where: string, field: string, message: string}>
     */
    public function lint(): array
    {
        $ffi = Lib::ffi();
        $out = $ffi->new('zi_diagnostics *');
        Lib::check($ffi->zi_plan_lint(FFI::addr($out), $this->handle, null), 'zi_plan_lint');
        try {
            return Diagnostics::toArray($out);
        } finally {
            $ffi->zi_diagnostics_free($out);
        }
    }

    /** The lint report as JSON (`zi plan lint --json`), decoded. */
    public function lintJson(): array
    {
        $ffi = Lib::ffi();
        $diagnostics = $ffi->new('zi_diagnostics *');
        Lib::check($ffi->zi_plan_lint(FFI::addr($diagnostics), $this->handle, null), 'zi_plan_lint');
        try {
            return Lib::takeJson(
                fn (CData $json, CData $len) => $ffi->zi_plan_lint_json($json, $len, $this->handle, $diagnostics),
                'zi_plan_lint_json');
        } finally {
            $ffi->zi_diagnostics_free($diagnostics);
        }
    }

    /** The plan in the zi.plan/1 JSON format. */
    public function toJson(): string
    {
        $ffi = Lib::ffi();
        return Lib::takeText(fn (CData $json, CData $len) => $ffi->zi_plan_to_json($json, $len, $this->handle),
            'zi_plan_to_json');
    }

    /** Evidence (bukti) for this plan from a CSV or JSON file; rejected rows are kept. */
    public function loadEvidence(string $path): Evidence
    {
        return Evidence::loadFile($path, $this);
    }

    /**
     * The compliance report as of a date ("YYYY-MM-DD"), with the evidence (none: nothing
     * submitted yet), on the plan's own calendar and the default scoring policy.
     */
    public function score(string|\DateTimeInterface $asOf, ?Evidence $evidence = null): Report
    {
        $ffi = Lib::ffi();
        $out = $ffi->new('zi_report *');
        Lib::check($ffi->zi_score_plan(FFI::addr($out), $this->handle, null, $evidence?->handle(), Lib::date($asOf), null),
            'zi_score_plan');
        return new Report($out);
    }
}
