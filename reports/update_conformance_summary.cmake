# Regenerates the conformance summary page (docs/conformance-summary.md) from a real run: the
# Markdown report of the full built-in run, between the page's summary markers. Run it through
# the build:
#   cmake --build build --target conformance-summary
# Inputs (-D): ITERCONF (the CLI), PAGE (the summary page), EXPECTATIONS, SCRATCH (a file for the report).
set(begin_marker "<!-- iterconf:summary:begin (generated: cmake --build build --target conformance-summary) -->")
set(end_marker "<!-- iterconf:summary:end -->")
execute_process(COMMAND "${ITERCONF}" run -q --expectations "${EXPECTATIONS}" --report "markdown:${SCRATCH}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the built-in run failed its gate (exit ${status}): fix it before publishing its summary")
endif()
file(READ "${SCRATCH}" summary)
file(READ "${PAGE}" page)
string(FIND "${page}" "${begin_marker}" begin)
string(FIND "${page}" "${end_marker}" end)
if(begin EQUAL -1 OR end EQUAL -1 OR end LESS begin)
  message(FATAL_ERROR "${PAGE} has no summary markers:\n${begin_marker}\n${end_marker}")
endif()
string(LENGTH "${begin_marker}" marker_length)
math(EXPR after_begin "${begin} + ${marker_length}")
string(SUBSTRING "${page}" 0 ${after_begin} head)
string(SUBSTRING "${page}" ${end} -1 tail)
file(WRITE "${PAGE}" "${head}\n${summary}${tail}")
message(STATUS "updated the conformance summary in ${PAGE}")
