# Talon's entry points. From a fresh clone on Debian 12 (as root, or with sudo):
#   make demo    build, then run the example policies over their sample events
#   make test    build, then unit tests (ctest) and the conformance baseline check
# Every target that builds first runs scripts/install-deps.sh (a no-op once packages exist).

BUILD_DIR ?= build
BENCH_DIR ?= build-bench
BUILD_TYPE ?= Release
JOBS ?= 2
# Extra CMake options, e.g. CMAKE_FLAGS=-DTALON_ENABLE_JIT=OFF
CMAKE_FLAGS ?=

.PHONY: all deps configure build test demo bench fuzz clean

all: build

deps:
	scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure
	scripts/check-conformance-baseline.sh --talon $(BUILD_DIR)/tools/talon

demo: build
	TALON=$(BUILD_DIR)/tools/talon scripts/demo.sh

# Benchmarks build in their own tree so TALON_BUILD_BENCHMARKS=ON does not stick to $(BUILD_DIR).
bench: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DTALON_BUILD_BENCHMARKS=ON \
	  $(CMAKE_FLAGS)
	cmake --build $(BENCH_DIR) -j$(JOBS)
	@found=0; \
	for bin in $$(find $(BENCH_DIR)/bench -type f -perm -u+x -name '*bench*' 2>/dev/null | sort); do \
	  found=1; echo "== $$bin"; "$$bin" || exit 1; \
	done; \
	if [ $$found = 0 ]; then echo "bench: no benchmark binaries under $(BENCH_DIR)/bench yet"; fi

# libFuzzer over parse + analyze + plan (clang-19, ASan + UBSan), seeded with every app of the
# conformance corpus (when ../shared is there) and of tests/queries, plus the inputs that once
# crashed it (tests/fuzz/regressions). FUZZ_SECONDS=600 by default.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 600
fuzz: deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 -DTALON_FUZZ=ON \
	  -DTALON_ENABLE_JIT=OFF -DTALON_WITH_KAFKA=OFF -DTALON_BUILD_TESTS=OFF
	cmake --build $(FUZZ_DIR) -j$(JOBS) --target parse_analyze_fuzzer
	python3 tests/fuzz/extract_seeds.py $(FUZZ_DIR)/seeds $$(ls -d ../shared/conformance 2>/dev/null) tests/queries examples
	mkdir -p $(FUZZ_DIR)/corpus
	$(FUZZ_DIR)/tests/fuzz/parse_analyze_fuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	  -rss_limit_mb=4096 -print_final_stats=1 $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds tests/fuzz/regressions

clean:
	rm -rf $(BUILD_DIR) $(BENCH_DIR) $(FUZZ_DIR)
