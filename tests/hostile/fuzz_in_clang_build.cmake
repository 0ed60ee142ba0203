# The hostile.fuzz_loader test of a g++ build: configures BUILD_DIR with clang (once), builds only
# fuzz_loader there (ccache makes a rebuild quick) and runs that build's hostile.fuzz_loader test,
# which fuzzes for SECONDS seconds.
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DCLANGXX=clang++ -DSECONDS=60 [-DWERROR=ON] -P fuzz_in_clang_build.cmake
if(NOT DEFINED WERROR)
  set(WERROR OFF)
endif()
foreach(variable SOURCE_DIR BUILD_DIR CLANGXX SECONDS)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "fuzz_in_clang_build.cmake: -D${variable}=... is required")
  endif()
endforeach()

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "fuzz_in_clang_build.cmake: ${step} failed (${status})")
  endif()
endfunction()

run(configure ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -DCMAKE_CXX_COMPILER=${CLANGXX}
    -DITERCONF_BUILD_BENCH=OFF -DITERCONF_FUZZ_SECONDS=${SECONDS} -DITERCONF_WERROR=${WERROR})
run(build ${CMAKE_COMMAND} --build ${BUILD_DIR} --target fuzz_loader -j2)
run(fuzzing ${CMAKE_CTEST_COMMAND} --test-dir ${BUILD_DIR} -R "^hostile\\.fuzz_loader$" --output-on-failure)
