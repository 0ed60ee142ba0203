# Regenerates the conformance summary in README.md from a real run: the Markdown report of the
# full built-in run, between the README's summary markers. Run it through the build:
#   cmake --build build --target readme-summary
# Inputs (-D): ITERCONF (the CLI), README, EXPECTATIONS, SCRATCH (a file for the report).
set(begin_marker "<!-- iterconf:summary:begin (generated: cmake --build build --target readme-summary) -->")
set(end_marker "<!-- iterconf:summary:end -->")
execute_process(COMMAND "${ITERCONF}" run -q --expectations "${EXPECTATIONS}" --report "markdown:${SCRATCH}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the built-in run failed its gate (exit ${status}): fix it before publishing its summary")
endif()
file(READ "${SCRATCH}" summary)
file(READ "${README}" readme)
string(FIND "${readme}" "${begin_marker}" begin)
string(FIND "${readme}" "${end_marker}" end)
if(begin EQUAL -1 OR end EQUAL -1 OR end LESS begin)
  message(FATAL_ERROR "${README} has no summary markers:\n${begin_marker}\n${end_marker}")
endif()
string(LENGTH "${begin_marker}" marker_length)
math(EXPR after_begin "${begin} + ${marker_length}")
string(SUBSTRING "${readme}" 0 ${after_begin} head)
string(SUBSTRING "${readme}" ${end} -1 tail)
file(WRITE "${README}" "${head}\n${summary}${tail}")
message(STATUS "updated the conformance summary in ${README}")
