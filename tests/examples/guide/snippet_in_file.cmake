# Fails unless the text of SNIPPET occurs in RULES word for word.
file(READ "${SNIPPET}" snippet)
file(READ "${RULES}" rules)
string(FIND "${rules}" "${snippet}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the guide's rule snippet is not the entry in ${RULES}:\n${snippet}")
endif()
