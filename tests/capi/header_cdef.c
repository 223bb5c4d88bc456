/* zi.h in ZI_CDEF mode (what FFI declaration parsers read after `cc -E -P -DZI_CDEF`):
 * no system includes, no attributes. The caller supplies the standard types, as cffi
 * does; the declarations must still be valid C. Compile-only. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ZI_CDEF 1
#include "zi/zi.h"

int zi_header_cdef_compiles(void);
int zi_header_cdef_compiles(void) { return ZI_VERSION_MAJOR >= 0 && ZI_OK == 0; }
