# Included by scripts/local-model right after llama.cpp's own project() (CMAKE_PROJECT_llama.cpp_INCLUDE) when it
# builds llama-cpp-python 0.3.36. That package forces llama.cpp's "common" helper library on (a cache value set
# with FORCE), yet its OpenAI-compatible server loads only libllama and ggml: common and the HTTP library it pulls
# in were 43% of the build's compile time (ninja's log, 2 cores). A plain variable shadows the forced cache
# value inside llama.cpp's folder, so common is neither built nor installed.
set(LLAMA_BUILD_COMMON OFF)
