// zi plan export's table formats (src/cli/plan_io_commands.cpp), for plan_commands.cpp.
#ifndef ZI_CLI_PLAN_IO_HPP
#define ZI_CLI_PLAN_IO_HPP

#include <iosfwd>
#include <string>

#include "args.hpp"
#include "common.hpp"

namespace zi::cli {

// zi plan export --format xlsx|csv [-o FILE] [--no-heading]: the plan as the decree table
// (`output` is csv or xlsx).
int RunPlanTableExport(const Args& args, const Output& output, const std::string& usage,
                       std::ostream& out, std::ostream& err);

}  // namespace zi::cli

#endif  // ZI_CLI_PLAN_IO_HPP
