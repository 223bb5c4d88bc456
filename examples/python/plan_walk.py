"""Load the default plan, lint it, and print the indicators of one component (the
Penguatan Pengawasan komponen, LKE area "PW") with their schedule and target.

The same task as examples/c/plan_walk.c and examples/cpp/plan_walk.cpp, with the zi
package (bindings/python; it finds libzi_c through ZI_LIBRARY, its own directory or the
dynamic linker).
"""

import zi

with zi.Plan.default() as plan:
    diagnostics = plan.lint()
    errors = sum(d.severity == "error" for d in diagnostics)
    warnings = sum(d.severity == "warning" for d in diagnostics)
    print(f"{plan.satker.name}, {plan.year}: {errors} errors, {warnings} warnings")

    for component in plan.components:
        if component.lke_area != "PW":
            continue
        print(component.id, component.name)
        for aspect in component.aspects:
            for activity in aspect.activities:
                for indicator in activity.indicators:
                    print(f"  {indicator.id}  {indicator.schedule} | {indicator.target}")
