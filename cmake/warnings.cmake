# zi_set_warnings(target): the project's warning set, applied to our own targets only.
function(zi_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
  if(ZI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
