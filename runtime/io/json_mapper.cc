// JSON mapping (siddhi-map-json). Source: one JSON object per record, keyed by attribute name,
// parsed with simdjson On-Demand straight into the batch's columns; Siddhi's default
// {"event": {...}} wrapper and arrays of events are accepted too; "@time" sets the event time;
// fail.on.missing.attribute (default true) makes an absent attribute malformed, else NULL.
// With @attributes(name='$.path') or enclosing.element the DOM parser reads JSONPath-like
// paths instead. Sink: {"event": {...}} (Siddhi's default), or envelope='none' for the bare
// object, envelope='talon' for {"stream", "time", "data"}; or a @payload template.
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/attribute_text.h"
#include "runtime/io/mapper.h"
#include "runtime/io/payload_template.h"
#include "simdjson.h"

namespace talon::exec::io {
namespace {

namespace od = simdjson::ondemand;

constexpr std::string_view kTimeKey = "@time";

std::string Shown(std::string_view raw) {
  std::string text(raw.substr(0, 64));
  if (raw.size() > 64) text += "...";
  return text;
}

absl::Status Mismatch(const Attribute& attribute, std::string_view found) {
  return absl::InvalidArgumentError(absl::StrCat("attribute '", attribute.name, "': expected ",
                                                 std::string(TypeName(attribute.type)),
                                                 ", found ", Shown(found)));
}

absl::Status JsonError(simdjson::error_code error) {
  return absl::InvalidArgumentError(
      absl::StrCat("not valid JSON: ", simdjson::error_message(error)));
}

bool SpecialReal(std::string_view text, double& out) {
  if (text == "NaN") {
    out = std::numeric_limits<double>::quiet_NaN();
  } else if (text == "Infinity") {
    out = std::numeric_limits<double>::infinity();
  } else if (text == "-Infinity") {
    out = -std::numeric_limits<double>::infinity();
  } else {
    return false;
  }
  return true;
}

// "$.a.b" or "a.b" -> "/a/b"; "$" -> "".
std::string ToJsonPointer(std::string_view path) {
  if (absl::StartsWith(absl::string_view(path.data(), path.size()), "$")) path.remove_prefix(1);
  std::string pointer;
  for (absl::string_view part : absl::StrSplit(absl::string_view(path.data(), path.size()), '.',
                                               absl::SkipEmpty())) {
    // a[2] -> a/2
    std::string piece(part);
    size_t bracket;
    while ((bracket = piece.find('[')) != std::string::npos) {
      size_t close = piece.find(']', bracket);
      if (close == std::string::npos) break;
      piece = piece.substr(0, bracket) + "/" + piece.substr(bracket + 1, close - bracket - 1) +
              piece.substr(close + 1);
    }
    absl::StrAppend(&pointer, "/", piece);
  }
  return pointer;
}

// Sets `column` of the current row from an On-Demand value.
absl::Status SetFromOnDemand(BatchBuilder& out, size_t column, od::value value) {
  const Attribute& attribute = out.schema().at(column);
  od::json_type type;
  if (auto error = value.type().get(type)) return JsonError(error);
  if (type == od::json_type::null) {
    out.SetNull(column);
    return absl::OkStatus();
  }
  switch (attribute.type) {
    case Type::kBool: {
      bool b = false;
      if (type != od::json_type::boolean || value.get_bool().get(b)) break;
      out.SetInt64(column, b ? 1 : 0);
      return absl::OkStatus();
    }
    case Type::kInt:
    case Type::kLong: {
      // get_int64 refuses reals ("9.5") and integers beyond int64.
      int64_t i = 0;
      if (type != od::json_type::number || value.get_int64().get(i) != simdjson::SUCCESS) break;
      if (attribute.type == Type::kInt && (i < std::numeric_limits<int32_t>::min() ||
                                           i > std::numeric_limits<int32_t>::max())) {
        break;
      }
      out.SetInt64(column, i);
      return absl::OkStatus();
    }
    case Type::kFloat:
    case Type::kDouble: {
      double d = 0;
      if (type == od::json_type::number) {
        if (value.get_double().get(d)) break;
        out.SetDouble(column, d);
        return absl::OkStatus();
      }
      std::string_view s;
      if (type == od::json_type::string && !value.get_string().get(s) && SpecialReal(s, d)) {
        out.SetDouble(column, d);
        return absl::OkStatus();
      }
      break;
    }
    case Type::kString: {
      std::string_view s;
      if (type != od::json_type::string || value.get_string().get(s)) break;
      out.SetString(column, s);
      return absl::OkStatus();
    }
    case Type::kObject: {
      // An object attribute holds the value as it is: integers long, reals double.
      switch (type) {
        case od::json_type::boolean: {
          bool b = false;
          if (value.get_bool().get(b)) break;
          out.SetObject(column, Value::Bool(b));
          return absl::OkStatus();
        }
        case od::json_type::number: {
          od::number_type number_type;
          if (value.get_number_type().get(number_type)) break;
          if (number_type == od::number_type::signed_integer) {
            int64_t i = 0;
            if (value.get_int64().get(i)) break;
            out.SetObject(column, Value::Long(i));
          } else {
            double d = 0;
            if (value.get_double().get(d)) break;
            out.SetObject(column, Value::Double(d));
          }
          return absl::OkStatus();
        }
        case od::json_type::string: {
          std::string_view s;
          if (value.get_string().get(s)) break;
          out.SetObject(column, Value::String(std::string(s)));
          return absl::OkStatus();
        }
        case od::json_type::array: {
          // Lists and objects: their JSON text.
          od::array array;
          std::string_view raw;
          if (value.get_array().get(array) || array.raw_json().get(raw)) break;
          out.SetObject(column, Value::String(std::string(raw)));
          return absl::OkStatus();
        }
        case od::json_type::object: {
          od::object object;
          std::string_view raw;
          if (value.get_object().get(object) || object.raw_json().get(raw)) break;
          out.SetObject(column, Value::String(std::string(raw)));
          return absl::OkStatus();
        }
        case od::json_type::null: break;
      }
      break;
    }
  }
  std::string_view raw = value.raw_json_token();
  // The token runs to the next structural character; drop trailing spaces and separators.
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == ',' || raw.back() == '}' ||
                          raw.back() == ']' || raw.back() == '\t')) {
    raw.remove_suffix(1);
  }
  return Mismatch(attribute, raw);
}

// Sets `column` of the current row from a DOM element (the @attributes path).
absl::Status SetFromDom(BatchBuilder& out, size_t column, simdjson::dom::element element) {
  const Attribute& attribute = out.schema().at(column);
  using simdjson::dom::element_type;
  element_type type = element.type();
  if (type == element_type::NULL_VALUE) {
    out.SetNull(column);
    return absl::OkStatus();
  }
  switch (attribute.type) {
    case Type::kBool:
      if (type == element_type::BOOL) {
        out.SetInt64(column, element.get_bool().value_unsafe() ? 1 : 0);
        return absl::OkStatus();
      }
      break;
    case Type::kInt:
    case Type::kLong:
      if (type == element_type::INT64) {
        int64_t i = element.get_int64().value_unsafe();
        if (attribute.type == Type::kLong || (i >= std::numeric_limits<int32_t>::min() &&
                                              i <= std::numeric_limits<int32_t>::max())) {
          out.SetInt64(column, i);
          return absl::OkStatus();
        }
      }
      break;
    case Type::kFloat:
    case Type::kDouble: {
      double d = 0;
      if (type == element_type::INT64 || type == element_type::DOUBLE ||
          type == element_type::UINT64) {
        out.SetDouble(column, element.get_double().value_unsafe());
        return absl::OkStatus();
      }
      if (type == element_type::STRING && SpecialReal(element.get_string().value_unsafe(), d)) {
        out.SetDouble(column, d);
        return absl::OkStatus();
      }
      break;
    }
    case Type::kString:
      if (type == element_type::STRING) {
        out.SetString(column, element.get_string().value_unsafe());
        return absl::OkStatus();
      }
      break;
    case Type::kObject:
      switch (type) {
        case element_type::BOOL:
          out.SetObject(column, Value::Bool(element.get_bool().value_unsafe()));
          return absl::OkStatus();
        case element_type::INT64:
          out.SetObject(column, Value::Long(element.get_int64().value_unsafe()));
          return absl::OkStatus();
        case element_type::STRING:
          out.SetObject(column,
                        Value::String(std::string(element.get_string().value_unsafe())));
          return absl::OkStatus();
        default:
          out.SetObject(column, Value::String(simdjson::minify(element)));
          return absl::OkStatus();
      }
  }
  return Mismatch(attribute, simdjson::minify(element));
}

class JsonSourceMapper : public SourceMapper {
 public:
  JsonSourceMapper(const Schema& schema, bool fail_on_missing, std::string enclosing,
                   std::vector<std::pair<size_t, std::string>> paths)
      : fail_on_missing_(fail_on_missing),
        enclosing_(std::move(enclosing)),
        paths_(std::move(paths)),
        seen_(schema.size(), 0) {
    for (size_t i = 0; i < schema.size(); ++i) {
      index_.emplace(schema.at(i).name, i);
      names_.push_back(schema.at(i).name);
    }
    // Siddhi's default format wraps each event as {"event": {...}}; a stream with an
    // attribute named `event` keeps that key for itself.
    unwrap_event_ = !schema.IndexOf("event").has_value();
  }

  absl::Status Map(std::string_view record, BatchBuilder& out) override {
    size_t mark = out.Mark();
    absl::Status status = custom() ? MapDom(record, out) : MapOnDemand(record, out);
    if (!status.ok()) out.Rollback(mark);
    return status;
  }

 private:
  bool custom() const { return !paths_.empty() || !enclosing_.empty(); }

  // The attribute named `key`, or -1. Streams have few attributes and records list them in
  // order, so a scan starting after the last hit beats hashing every key.
  int Find(std::string_view key) {
    const size_t n = names_.size();
    for (size_t k = 0; k < n; ++k) {
      size_t i = next_ + k < n ? next_ + k : next_ + k - n;
      if (names_[i] == key) {
        next_ = i + 1 < n ? i + 1 : 0;
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  absl::Status MapOnDemand(std::string_view record, BatchBuilder& out) {
    od::document doc;
    if (auto error = parser_.iterate(record.data(), record.size(), record.size() + kRecordPadding)
                         .get(doc)) {
      return JsonError(error);
    }
    od::json_type type;
    if (auto error = doc.type().get(type)) return JsonError(error);
    if (type == od::json_type::object) {
      od::object object;
      if (auto error = doc.get_object().get(object)) return JsonError(error);
      TALON_RETURN_IF_ERROR(MapObject(object, out, /*top=*/true));
    } else if (type == od::json_type::array) {
      od::array array;
      if (auto error = doc.get_array().get(array)) return JsonError(error);
      for (auto item : array) {
        od::object object;
        if (item.get_object().get(object) != simdjson::SUCCESS) {
          return absl::InvalidArgumentError("a JSON array of events must hold objects");
        }
        TALON_RETURN_IF_ERROR(MapObject(object, out, /*top=*/true));
      }
    } else {
      return absl::InvalidArgumentError("expected a JSON object (or an array of objects)");
    }
    // Past the value there must be nothing left (current_location fails at the end).
    const char* rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS) {
      return absl::InvalidArgumentError("text after the JSON value");
    }
    return absl::OkStatus();
  }

  absl::Status MapObject(od::object object, BatchBuilder& out, bool top) {
    out.BeginRow();
    std::fill(seen_.begin(), seen_.end(), 0);
    TALON_RETURN_IF_ERROR(MapFields(object, out, top));
    TALON_RETURN_IF_ERROR(CheckMissing(out));
    return out.CommitRow();
  }

  absl::Status MapFields(od::object object, BatchBuilder& out, bool top) {
    for (auto field : object) {
      std::string_view key;
      if (auto error = field.unescaped_key().get(key)) return JsonError(error);
      od::value value;
      if (auto error = field.value().get(value)) return JsonError(error);
      if (int column = Find(key); column >= 0) {
        TALON_RETURN_IF_ERROR(SetFromOnDemand(out, column, value));
        seen_[column] = 1;
        continue;
      }
      if (key == kTimeKey) {
        int64_t time = 0;
        if (value.get_int64().get(time)) {
          return absl::InvalidArgumentError("'@time' is not an integer (milliseconds)");
        }
        out.SetTime(time);
      } else if (top && unwrap_event_ && key == "event") {
        od::object inner;
        if (value.get_object().get(inner)) {
          return absl::InvalidArgumentError("'event' must hold an object of attributes");
        }
        TALON_RETURN_IF_ERROR(MapFields(inner, out, /*top=*/false));
      }
      // Other keys (enrichment fields the policy does not read) are skipped, as Siddhi does.
    }
    return absl::OkStatus();
  }

  absl::Status CheckMissing(BatchBuilder& out) {
    for (size_t i = 0; i < seen_.size(); ++i) {
      if (seen_[i]) continue;
      if (fail_on_missing_) {
        return absl::InvalidArgumentError(
            absl::StrCat("attribute '", out.schema().at(i).name, "' is missing"));
      }
      out.SetNull(i);
    }
    return absl::OkStatus();
  }

  absl::Status MapDom(std::string_view record, BatchBuilder& out) {
    simdjson::dom::element root;
    if (auto error = dom_parser_.parse(record.data(), record.size(), false).get(root)) {
      return JsonError(error);
    }
    simdjson::dom::element events = root;
    if (!enclosing_.empty()) {
      if (auto error = root.at_pointer(enclosing_).get(events)) {
        return absl::InvalidArgumentError(
            absl::StrCat("enclosing.element not found: ", simdjson::error_message(error)));
      }
    }
    if (events.is_array()) {
      // Named copies: ranging over a temporary result's member would leave it dangling.
      simdjson::dom::array items = events.get_array().value_unsafe();
      for (simdjson::dom::element item : items) {
        TALON_RETURN_IF_ERROR(MapDomEvent(item, out));
      }
      return absl::OkStatus();
    }
    return MapDomEvent(events, out);
  }

  absl::Status MapDomEvent(simdjson::dom::element event, BatchBuilder& out) {
    if (!event.is_object()) return absl::InvalidArgumentError("an event must be a JSON object");
    if (unwrap_event_ && paths_.empty()) {
      simdjson::dom::element inner;
      if (!event.at_key("event").get(inner) && inner.is_object()) event = inner;
    }
    out.BeginRow();
    std::fill(seen_.begin(), seen_.end(), 0);
    if (paths_.empty()) {
      simdjson::dom::object fields = event.get_object().value_unsafe();
      for (auto [key, value] : fields) {
        auto it = index_.find(absl::string_view(key.data(), key.size()));
        if (it != index_.end()) {
          TALON_RETURN_IF_ERROR(SetFromDom(out, it->second, value));
          seen_[it->second] = 1;
        } else if (key == kTimeKey) {
          int64_t time = 0;
          if (value.get_int64().get(time)) {
            return absl::InvalidArgumentError("'@time' is not an integer (milliseconds)");
          }
          out.SetTime(time);
        }
      }
    } else {
      for (const auto& [column, pointer] : paths_) {
        simdjson::dom::element value;
        if (event.at_pointer(pointer).get(value)) continue;  // missing
        TALON_RETURN_IF_ERROR(SetFromDom(out, column, value));
        seen_[column] = 1;
      }
    }
    TALON_RETURN_IF_ERROR(CheckMissing(out));
    return out.CommitRow();
  }

  bool fail_on_missing_;
  std::string enclosing_;                              // JSON pointer, or empty
  std::vector<std::pair<size_t, std::string>> paths_;  // column -> JSON pointer
  bool unwrap_event_ = true;
  absl::flat_hash_map<std::string, size_t> index_;  // the DOM path's lookups
  std::vector<std::string> names_;
  size_t next_ = 0;
  std::vector<uint8_t> seen_;
  od::parser parser_;
  simdjson::dom::parser dom_parser_;
};

class JsonSinkMapper : public SinkMapper {
 public:
  enum class Envelope { kEvent, kNone, kTalon };

  JsonSinkMapper(std::string_view stream, const Schema& schema, Envelope envelope,
                 std::optional<PayloadTemplate> payload)
      : envelope_(envelope), payload_(std::move(payload)) {
    AppendJsonString(stream, stream_json_);
    for (const Attribute& attribute : schema.attributes()) {
      std::string key;
      AppendJsonString(attribute.name, key);
      keys_.push_back(key + ": ");
    }
  }

  void Format(const Event& event, std::string& out) const override {
    if (payload_) {
      payload_->Render(event, /*json=*/true, out);
      return;
    }
    switch (envelope_) {
      case Envelope::kEvent: out += "{\"event\": "; break;
      case Envelope::kNone: break;
      case Envelope::kTalon:
        absl::StrAppend(&out, "{\"stream\": ", stream_json_, ", \"time\": ", event.timestamp,
                        ", \"data\": ");
        break;
    }
    out += '{';
    for (size_t i = 0; i < event.data.size() && i < keys_.size(); ++i) {
      if (i > 0) out += ", ";
      out += keys_[i];
      AppendJson(event.data[i], out);
    }
    out += '}';
    if (envelope_ != Envelope::kNone) out += '}';
  }

 private:
  Envelope envelope_;
  std::optional<PayloadTemplate> payload_;
  std::string stream_json_;
  std::vector<std::string> keys_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<SourceMapper>> MakeJsonSourceMapper(const MapSpec& map,
                                                                   const Schema& schema) {
  TALON_ASSIGN_OR_RETURN(bool fail_on_missing,
                         map.options.GetBool("fail.on.missing.attribute", true));
  std::string enclosing;
  if (map.options.Has("enclosing.element")) {
    enclosing = ToJsonPointer(map.options.Get("enclosing.element"));
  }
  std::vector<std::pair<size_t, std::string>> paths;
  for (size_t i = 0; i < map.attributes.size(); ++i) {
    const auto& [name, path] = map.attributes[i];
    std::optional<size_t> column = name.empty() ? std::optional<size_t>(i) : schema.IndexOf(name);
    if (!column || *column >= schema.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat("@attributes: '", name, "' is not an attribute of ", schema.ToString()));
    }
    paths.emplace_back(*column, ToJsonPointer(path));
  }
  if (!paths.empty() && paths.size() != schema.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "@attributes maps ", paths.size(), " attributes; the stream has ", schema.size()));
  }
  return std::make_unique<JsonSourceMapper>(schema, fail_on_missing, std::move(enclosing),
                                            std::move(paths));
}

absl::StatusOr<std::unique_ptr<SinkMapper>> MakeJsonSinkMapper(const MapSpec& map,
                                                               std::string_view stream,
                                                               const Schema& schema) {
  std::string envelope = map.options.Get("envelope", "event");
  JsonSinkMapper::Envelope kind;
  if (envelope == "event") {
    kind = JsonSinkMapper::Envelope::kEvent;
  } else if (envelope == "none") {
    kind = JsonSinkMapper::Envelope::kNone;
  } else if (envelope == "talon") {
    kind = JsonSinkMapper::Envelope::kTalon;
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat("envelope='", envelope, "': expected event, none or talon"));
  }
  std::optional<PayloadTemplate> payload;
  if (!map.payload.empty()) {
    TALON_ASSIGN_OR_RETURN(PayloadTemplate parsed,
                           PayloadTemplate::Parse(map.payload.front().second, schema));
    payload = std::move(parsed);
  }
  return std::make_unique<JsonSinkMapper>(stream, schema, kind, std::move(payload));
}

}  // namespace talon::exec::io
