// The physical bound of `talon run`'s JSON-lines path: simdjson On-Demand alone reading every
// field of every line of a file (no engine, no columns), the way runtime/io/json_mapper.cc
// reads them (one document per line, parsed in place). Built and run by
// tests/integration/bench_live_io.sh; prints "lines seconds lines_per_second".
//
//   c++ -O3 -std=c++20 simdjson_parse_bound.cc -lsimdjson -o simdjson_parse_bound
//   ./simdjson_parse_bound events.jsonl
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "simdjson.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE.jsonl\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  text.append(simdjson::SIMDJSON_PADDING, '\0');
  const size_t size = text.size() - simdjson::SIMDJSON_PADDING;

  auto start = std::chrono::steady_clock::now();
  simdjson::ondemand::parser parser;
  int64_t lines = 0, checksum = 0;
  size_t begin = 0;
  while (begin < size) {
    const char* nl = static_cast<const char*>(std::memchr(text.data() + begin, '\n', size - begin));
    size_t end = nl ? static_cast<size_t>(nl - text.data()) : size;
    if (end > begin) {
      simdjson::ondemand::document doc;
      if (parser.iterate(text.data() + begin, end - begin, end - begin + simdjson::SIMDJSON_PADDING)
              .get(doc) == simdjson::SUCCESS) {
        simdjson::ondemand::object object;
        if (doc.get_object().get(object) == simdjson::SUCCESS) {
          for (auto field : object) {
            std::string_view key;
            if (field.unescaped_key().get(key)) break;
            simdjson::ondemand::value value;
            if (field.value().get(value)) break;
            simdjson::ondemand::json_type type;
            if (value.type().get(type)) break;
            switch (type) {
              case simdjson::ondemand::json_type::number: {
                double d = 0;
                if (value.get_double().get(d) == simdjson::SUCCESS) checksum += static_cast<int64_t>(d);
                break;
              }
              case simdjson::ondemand::json_type::string: {
                std::string_view s;
                if (value.get_string().get(s) == simdjson::SUCCESS) checksum += s.size();
                break;
              }
              default: break;
            }
          }
        }
      }
      ++lines;
    }
    begin = end + 1;
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%lld %.3f %.0f (checksum %lld, %s)\n", static_cast<long long>(lines), seconds,
              lines / seconds, static_cast<long long>(checksum),
              simdjson::builtin_implementation()->name().c_str());
  return 0;
}
