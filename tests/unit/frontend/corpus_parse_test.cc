// Parses every app of the shared Siddhi conformance corpus that Siddhi accepts (expect.error
// null) and every on-demand query Siddhi runs, and requires no diagnostics at all. The corpus
// lives outside the repository (../shared/conformance from the source root, or
// $TALON_CONFORMANCE_DIR); the test skips when it is absent.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/parser.h"
#include "gtest/gtest.h"

namespace talon::frontend {
namespace {

// A minimal JSON reader: enough of the format for the corpus lines (objects, arrays, strings
// with escapes, numbers kept as text, literals). The test binary links no JSON library.
struct Json {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  std::string text;  // string value, or number / literal spelling
  std::vector<Json> items;
  std::map<std::string, Json> fields;

  const Json* Field(const std::string& name) const {
    auto it = fields.find(name);
    return it == fields.end() ? nullptr : &it->second;
  }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& text) : text_(text) {}

  std::optional<Json> Read() {
    std::optional<Json> value = Value();
    SkipSpace();
    if (!value || pos_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  std::optional<Json> Value() {
    SkipSpace();
    if (pos_ >= text_.size()) return std::nullopt;
    char c = text_[pos_];
    Json v;
    if (c == '{') {
      v.kind = Json::Kind::kObject;
      ++pos_;
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, v;
      while (true) {
        SkipSpace();
        std::optional<std::string> key = String();
        SkipSpace();
        if (!key || pos_ >= text_.size() || text_[pos_++] != ':') return std::nullopt;
        std::optional<Json> field = Value();
        if (!field) return std::nullopt;
        v.fields[*key] = std::move(*field);
        SkipSpace();
        if (pos_ < text_.size() && text_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, v;
        return std::nullopt;
      }
    }
    if (c == '[') {
      v.kind = Json::Kind::kArray;
      ++pos_;
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, v;
      while (true) {
        std::optional<Json> item = Value();
        if (!item) return std::nullopt;
        v.items.push_back(std::move(*item));
        SkipSpace();
        if (pos_ < text_.size() && text_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, v;
        return std::nullopt;
      }
    }
    if (c == '"') {
      std::optional<std::string> s = String();
      if (!s) return std::nullopt;
      v.kind = Json::Kind::kString;
      v.text = std::move(*s);
      return v;
    }
    size_t start = pos_;
    while (pos_ < text_.size() &&
           std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) {
      ++pos_;
    }
    v.text = text_.substr(start, pos_ - start);
    if (v.text == "null")
      v.kind = Json::Kind::kNull;
    else if (v.text == "true" || v.text == "false")
      v.kind = Json::Kind::kBool;
    else if (!v.text.empty())
      v.kind = Json::Kind::kNumber;
    else
      return std::nullopt;
    return v;
  }

  static void AppendUtf8(uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::optional<uint32_t> Hex4() {
    if (pos_ + 4 > text_.size()) return std::nullopt;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        return std::nullopt;
    }
    return v;
  }

  std::optional<std::string> String() {
    if (pos_ >= text_.size() || text_[pos_] != '"') return std::nullopt;
    ++pos_;
    std::string out;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) return std::nullopt;
      char e = text_[pos_++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          std::optional<uint32_t> cp = Hex4();
          if (!cp) return std::nullopt;
          if (*cp >= 0xD800 && *cp <= 0xDBFF && pos_ + 1 < text_.size() && text_[pos_] == '\\' &&
              text_[pos_ + 1] == 'u') {
            pos_ += 2;
            std::optional<uint32_t> low = Hex4();
            if (!low) return std::nullopt;
            *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
          }
          AppendUtf8(*cp, out);
          break;
        }
        default: out += e; break;  // \" \\ \/
      }
    }
    return std::nullopt;
  }

  const std::string& text_;
  size_t pos_ = 0;
};

std::optional<std::filesystem::path> CorpusDir() {
  if (const char* env = std::getenv("TALON_CONFORMANCE_DIR")) return std::filesystem::path(env);
  // __FILE__ is tests/unit/frontend/corpus_parse_test.cc under the source root.
  std::filesystem::path root =
      std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path();
  std::filesystem::path dir = root / ".." / "shared" / "conformance";
  if (std::filesystem::is_directory(dir)) return dir;
  return std::nullopt;
}

TEST(CorpusParseTest, EveryAcceptedAppAndOnDemandQueryParses) {
  std::optional<std::filesystem::path> dir = CorpusDir();
  if (!dir || !std::filesystem::is_directory(*dir)) {
    GTEST_SKIP() << "conformance corpus not found (set TALON_CONFORMANCE_DIR)";
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(*dir)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  int apps = 0, on_demand = 0, failures = 0;
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file);
    std::string line;
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::optional<Json> c = JsonReader(line).Read();
      ASSERT_TRUE(c.has_value()) << file << ":" << line_number << ": not valid JSON";
      const Json* id = c->Field("id");
      const Json* expect = c->Field("expect");
      const Json* error = expect == nullptr ? nullptr : expect->Field("error");
      std::string expected_error =
          error == nullptr || error->kind == Json::Kind::kNull ? "" : error->text;
      std::string name = id == nullptr ? file.string() : id->text;

      if (expected_error.empty()) {
        ++apps;
        SourceText source(name, c->Field("app")->text);
        Diagnostics diagnostics(&source);
        absl::StatusOr<ast::App> app = ParseApp(source, diagnostics);
        if (!app.ok() || !diagnostics.all().empty()) {
          ++failures;
          ADD_FAILURE() << name << "\n" << diagnostics.RenderAll();
        }
      }
      // On-demand queries run only when the app compiles; the one a runtime-error case
      // expects Siddhi's parser to reject is skipped.
      if (expected_error == "compile") continue;
      std::optional<size_t> rejected_input;
      if (const Json* siddhi_error = c->Field("siddhi_error")) {
        const Json* cls = siddhi_error->Field("class");
        const Json* index = siddhi_error->Field("input_index");
        if (cls != nullptr && cls->text.find("SiddhiParserException") != std::string::npos &&
            index != nullptr) {
          rejected_input = std::stoul(index->text);
        }
      }
      const Json* inputs = c->Field("input");
      if (inputs == nullptr) continue;
      for (size_t i = 0; i < inputs->items.size(); ++i) {
        const Json* query = inputs->items[i].Field("ondemand");
        if (query == nullptr || rejected_input == i) continue;
        ++on_demand;
        SourceText source(name + " ondemand", query->text);
        Diagnostics diagnostics(&source);
        absl::StatusOr<ast::OnDemandQuery> parsed = ParseOnDemandQuery(source, diagnostics);
        if (!parsed.ok() || !diagnostics.all().empty()) {
          ++failures;
          ADD_FAILURE() << name << " on-demand query\n" << diagnostics.RenderAll();
        }
      }
    }
  }
  RecordProperty("apps", apps);
  RecordProperty("on_demand_queries", on_demand);
  std::printf("[ corpus   ] %d apps, %d on-demand queries, %d failures\n", apps, on_demand,
              failures);
  EXPECT_GT(apps, 0);
}

}  // namespace
}  // namespace talon::frontend
