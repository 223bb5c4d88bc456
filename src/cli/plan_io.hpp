// zi plan export's table formats (src/cli/plan_io_commands.cpp), for plan_commands.cpp.
#ifndef ZI_CLI_PLAN_IO_HPP
#define ZI_CLI_PLAN_IO_HPP

#include <iosfwd>
#include <string>

#include "args.hpp"

namespace zi::cli {

// True when --format (xlsx, csv; or a bad value), -o's extension (.xlsx, .csv) or
// --no-heading asks zi plan export for the decree table rather than zi.plan/1 JSON.
bool PlanExportWantsTable(const Args& args);
// zi plan export --format xlsx|csv [-o FILE] [--no-heading]: the plan as the decree table.
int RunPlanTableExport(const Args& args, const std::string& usage, std::ostream& out,
                       std::ostream& err);

}  // namespace zi::cli

#endif  // ZI_CLI_PLAN_IO_HPP
