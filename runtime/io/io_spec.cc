#include "runtime/io/io_spec.h"

#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace talon::exec::io {
namespace {

bool NameIs(const std::string& name, std::string_view expected) {
  return absl::EqualsIgnoreCase(name, std::string(expected));
}

// Replaces ${NAME} by the environment variable NAME.
absl::StatusOr<std::string> SubstituteEnvironment(const std::string& value,
                                                  const std::string& origin) {
  std::string out;
  size_t i = 0;
  while (i < value.size()) {
    size_t open = value.find("${", i);
    if (open == std::string::npos) break;
    size_t close = value.find('}', open + 2);
    if (close == std::string::npos) break;
    out.append(value, i, open - i);
    std::string name = value.substr(open + 2, close - open - 2);
    const char* env = std::getenv(name.c_str());
    if (env == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat(
          origin, ": '${", name, "}' names an environment variable that is not set"));
    }
    out += env;
    i = close + 1;
  }
  out.append(value, i, std::string::npos);
  return out;
}

absl::Status ReadElements(const ast::Annotation& annotation, const std::string& origin,
                          Options& options, std::string* type) {
  for (const ast::AnnotationElement& element : annotation.elements) {
    absl::StatusOr<std::string> value = SubstituteEnvironment(element.value, origin);
    if (!value.ok()) return value.status();
    if (element.key.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          origin, ": positional value '", element.value, "' needs a key (key='value')"));
    }
    if (type != nullptr && NameIs(element.key, "type")) {
      *type = absl::AsciiStrToLower(*value);
    } else {
      options.Set(element.key, *std::move(value));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<MapSpec> ReadMap(const ast::Annotation& annotation, const std::string& origin) {
  MapSpec map;
  map.type.clear();
  if (absl::Status status = ReadElements(annotation, origin, map.options, &map.type);
      !status.ok()) {
    return status;
  }
  if (map.type.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(origin, ": @map needs type='json|csv|text'"));
  }
  for (const ast::Annotation& nested : annotation.annotations) {
    std::vector<std::pair<std::string, std::string>>* into = nullptr;
    if (NameIs(nested.name, "attributes")) {
      into = &map.attributes;
    } else if (NameIs(nested.name, "payload")) {
      into = &map.payload;
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          origin, ": @map may contain @attributes or @payload, not @", nested.name));
    }
    for (const ast::AnnotationElement& element : nested.elements) {
      absl::StatusOr<std::string> value = SubstituteEnvironment(element.value, origin);
      if (!value.ok()) return value.status();
      into->emplace_back(element.key, *std::move(value));
    }
  }
  return map;
}

// Percent-decoding for flag URIs (%2C -> ',').
std::string Unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    int hi = 0, lo = 0;
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (text[i] == '%' && i + 2 < text.size() && (hi = hex(text[i + 1])) >= 0 &&
        (lo = hex(text[i + 2])) >= 0) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string MapTypeForPath(std::string_view view) {
  absl::string_view path(view.data(), view.size());
  if (absl::EndsWithIgnoreCase(path, ".csv")) return "csv";
  if (absl::EndsWithIgnoreCase(path, ".log") || absl::EndsWithIgnoreCase(path, ".txt")) {
    return "text";
  }
  return "json";
}

}  // namespace

std::optional<bool> ParseBool(std::string_view text) {
  if (absl::EqualsIgnoreCase(std::string(text), "true")) return true;
  if (absl::EqualsIgnoreCase(std::string(text), "false")) return false;
  return std::nullopt;
}

std::string Options::Get(std::string_view key, std::string_view fallback) const {
  auto it = values_.find(std::string(key));
  if (it == values_.end()) return std::string(fallback);
  used_->insert(it->first);
  return it->second;
}

absl::StatusOr<bool> Options::GetBool(std::string_view key, bool fallback) const {
  if (!Has(key)) return fallback;
  std::string text = Get(key);
  std::optional<bool> value = ParseBool(text);
  if (!value) {
    return absl::InvalidArgumentError(
        absl::StrCat("option '", std::string(key), "' must be true or false, not '", text, "'"));
  }
  return *value;
}

absl::StatusOr<int64_t> Options::GetInt(std::string_view key, int64_t fallback) const {
  if (!Has(key)) return fallback;
  std::string text = Get(key);
  int64_t value = 0;
  if (!absl::SimpleAtoi(text, &value)) {
    return absl::InvalidArgumentError(
        absl::StrCat("option '", std::string(key), "' must be an integer, not '", text, "'"));
  }
  return value;
}

absl::StatusOr<double> Options::GetDouble(std::string_view key, double fallback) const {
  if (!Has(key)) return fallback;
  std::string text = Get(key);
  double value = 0;
  if (!absl::SimpleAtod(text, &value)) {
    return absl::InvalidArgumentError(
        absl::StrCat("option '", std::string(key), "' must be a number, not '", text, "'"));
  }
  return value;
}

std::vector<std::pair<std::string, std::string>> Options::WithPrefix(
    std::string_view prefix) const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [key, value] : values_) {
    if (absl::StartsWith(key, std::string(prefix))) {
      used_->insert(key);
      out.emplace_back(key.substr(prefix.size()), value);
    }
  }
  return out;
}

std::vector<std::string> Options::UnusedKeys() const {
  std::vector<std::string> unused;
  for (const auto& [key, value] : values_) {
    if (!used_->contains(key)) unused.push_back(key);
  }
  return unused;
}

absl::StatusOr<std::vector<IoSpec>> SpecsFromAnnotations(
    std::string_view stream, const std::vector<ast::Annotation>& annotations) {
  std::vector<IoSpec> specs;
  for (const ast::Annotation& annotation : annotations) {
    IoSpec spec;
    if (NameIs(annotation.name, "source")) {
      spec.direction = IoSpec::Direction::kSource;
    } else if (NameIs(annotation.name, "sink")) {
      spec.direction = IoSpec::Direction::kSink;
    } else {
      continue;
    }
    spec.stream = std::string(stream);
    spec.origin = absl::StrCat("@", annotation.name, " of stream '", std::string(stream), "'");
    if (absl::Status status = ReadElements(annotation, spec.origin, spec.options, &spec.type);
        !status.ok()) {
      return status;
    }
    if (spec.type.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(spec.origin, ": type='...' is missing"));
    }
    bool has_map = false;
    for (const ast::Annotation& nested : annotation.annotations) {
      if (!NameIs(nested.name, "map")) {
        return absl::InvalidArgumentError(
            absl::StrCat(spec.origin, ": only @map may be nested, not @", nested.name));
      }
      absl::StatusOr<MapSpec> map = ReadMap(nested, spec.origin);
      if (!map.ok()) return map.status();
      spec.map = *std::move(map);
      has_map = true;
    }
    if (!has_map) {
      // Siddhi's default mapping is passThrough, which only in-memory transports can carry;
      // for text transports JSON is the natural default (and the log sink prints readably).
      spec.map.type = spec.type == "log" ? "text" : "json";
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

absl::StatusOr<IoSpec> SpecFromFlag(IoSpec::Direction direction, std::string_view flag) {
  const bool input = direction == IoSpec::Direction::kSource;
  const std::string name = input ? "--input" : "--output";
  std::vector<std::string> parts =
      absl::StrSplit(absl::string_view(flag.data(), flag.size()), absl::MaxSplits('=', 1));
  if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, " '", std::string(flag), "': expected STREAM=FILE or STREAM=URI"));
  }
  IoSpec spec;
  spec.direction = direction;
  spec.stream = parts[0];
  spec.origin = absl::StrCat(name, " ", std::string(flag));
  std::string uri = parts[1];
  std::string query;
  // Options after '?', except in a plain path that happens to hold one (rare; use file:).
  if (size_t q = uri.find('?'); q != std::string::npos) {
    query = uri.substr(q + 1);
    uri.resize(q);
  }
  std::string map_type;
  if (absl::StartsWith(uri, "tcp://")) {
    spec.type = "tcp";
    std::string rest = uri.substr(6);
    if (size_t slash = rest.find('/'); slash != std::string::npos) {
      spec.options.Set("context", rest.substr(slash + 1));
      rest.resize(slash);
    }
    size_t colon = rest.rfind(':');
    if (colon == std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat(spec.origin, ": expected tcp://HOST:PORT"));
    }
    spec.options.Set("host", rest.substr(0, colon));
    spec.options.Set("port", rest.substr(colon + 1));
  } else if (absl::StartsWith(uri, "kafka://")) {
    spec.type = "kafka";
    std::string rest = uri.substr(8);
    size_t slash = rest.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == rest.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat(spec.origin, ": expected kafka://BOOTSTRAP/TOPIC"));
    }
    spec.options.Set("bootstrap.servers", rest.substr(0, slash));
    spec.options.Set(input ? "topic.list" : "topic", rest.substr(slash + 1));
  } else if (uri == "log:" || uri == "log") {
    if (input) {
      return absl::InvalidArgumentError(absl::StrCat(spec.origin, ": log is an output only"));
    }
    spec.type = "log";
    map_type = "text";
  } else {
    spec.type = "file";
    std::string path = absl::StartsWith(uri, "file:") ? uri.substr(5) : uri;
    if (absl::StartsWith(path, "//")) path = path.substr(2);  // file:///x -> /x
    spec.options.Set("file.uri", path);
    map_type = path == "-" ? "json" : MapTypeForPath(path);
  }
  spec.map.type = map_type.empty() ? "json" : map_type;
  if (!query.empty()) {
    for (absl::string_view item : absl::StrSplit(query, '&', absl::SkipEmpty())) {
      std::vector<std::string> kv = absl::StrSplit(item, absl::MaxSplits('=', 1));
      std::string key = Unescape(kv[0]);
      std::string value = kv.size() > 1 ? Unescape(kv[1]) : "true";
      if (key == "map") {
        spec.map.type = absl::AsciiStrToLower(value);
      } else if (absl::StartsWith(key, "map.")) {
        spec.map.options.Set(key.substr(4), value);
      } else {
        spec.options.Set(key, value);
      }
    }
  }
  return spec;
}

}  // namespace talon::exec::io
