// Text mapping (siddhi-map-text) with RE2 regular expressions. Source, two ways to say which
// text becomes which attribute:
//   - regex='...(?P<user>\S+)...': each named group fills the attribute of that name
//     ((?<name>...) is accepted too); the record must match somewhere (a search, like Java's
//     Matcher.find);
//   - Siddhi's regex.A='...', regex.B='...' with @attributes(user='A[1]', host='B[2]').
// A record the regex does not match, or a group that takes no part in the match, is malformed
// unless fail.on.missing.attribute='false' (then NULL). The text "null" is NULL. Long
// attributes named in datetime.attributes are read from "YYYY-MM-DD HH:MM:SS[,.mmm]" (or with
// a 'T'), in UTC unless datetime.timezone='+HH:MM' says otherwise: log files carry dates, not
// epoch milliseconds. examples/hdfs_audit_text.cql maps HDFS audit log lines this way.
// Sink: `attribute:value, ...` on one line (strings quoted), or a @payload template.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "frontend/base/status_macros.h"
#include "re2/re2.h"
#include "runtime/io/attribute_text.h"
#include "runtime/io/mapper.h"
#include "runtime/io/payload_template.h"

namespace talon::exec::io {
namespace {

// RE2 (2022) spells named groups (?P<name>...); Java and newer RE2 also accept (?<name>...).
std::string NormalizeNamedGroups(std::string_view pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out += pattern[i];
      out += pattern[++i];
      continue;
    }
    if (pattern.substr(i, 3) == "(?<" && i + 3 < pattern.size() && pattern[i + 3] != '=' &&
        pattern[i + 3] != '!') {
      out += "(?P<";
      i += 2;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

// "2015-04-24 12:49:16,145" -> epoch milliseconds, shifted by `offset_minutes` east of UTC.
std::optional<int64_t> ParseDateTime(std::string_view text, int offset_minutes) {
  std::string s(absl::StripAsciiWhitespace(absl::string_view(text.data(), text.size())));
  int year, month, day, hour = 0, minute = 0, second = 0, millis = 0;
  char sep = ' ';
  int consumed = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d%n", &year, &month, &day, &sep, &hour,
                  &minute, &second, &consumed) < 7 ||
      (sep != ' ' && sep != 'T')) {
    return std::nullopt;
  }
  std::string_view rest = std::string_view(s).substr(consumed);
  if (!rest.empty() && (rest[0] == ',' || rest[0] == '.')) {
    rest.remove_prefix(1);
    int digits = 0;
    while (!rest.empty() && absl::ascii_isdigit(rest[0])) {
      if (digits < 3) millis = millis * 10 + (rest[0] - '0');
      ++digits;
      rest.remove_prefix(1);
    }
    for (; digits < 3; ++digits) millis *= 10;
  }
  if (!rest.empty() && rest != "Z") return std::nullopt;
  absl::CivilSecond civil(year, month, day, hour, minute, second);
  if (civil.year() != year || civil.month() != month || civil.day() != day) return std::nullopt;
  absl::Time time = absl::FromCivil(civil, absl::UTCTimeZone());
  return absl::ToUnixMillis(time) + millis - int64_t{offset_minutes} * 60 * 1000;
}

struct GroupRef {
  int regex = 0;  // index into regexes_
  int group = 0;  // capturing group number (1-based)
};

class TextSourceMapper : public SourceMapper {
 public:
  TextSourceMapper(const Schema& schema, std::vector<std::unique_ptr<RE2>> regexes,
                   std::vector<std::optional<GroupRef>> groups, bool fail_on_missing,
                   std::vector<bool> datetime, int offset_minutes)
      : schema_(schema),
        regexes_(std::move(regexes)),
        groups_(std::move(groups)),
        fail_on_missing_(fail_on_missing),
        datetime_(std::move(datetime)),
        offset_minutes_(offset_minutes) {
    for (const auto& regex : regexes_) {
      captures_.emplace_back(regex->NumberOfCapturingGroups() + 1);
      matched_.push_back(false);
    }
  }

  absl::Status Map(std::string_view record, BatchBuilder& out) override {
    re2::StringPiece text(record.data(), record.size());
    for (size_t r = 0; r < regexes_.size(); ++r) {
      std::vector<re2::StringPiece>& groups = captures_[r];
      matched_[r] = regexes_[r]->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(),
                                       static_cast<int>(groups.size()));
      if (!matched_[r] && fail_on_missing_) {
        std::string pattern = regexes_[r]->pattern();
        if (pattern.size() > 60) pattern = pattern.substr(0, 57) + "...";
        return absl::InvalidArgumentError(
            absl::StrCat("the line does not match ", regexes_.size() > 1 ? "regex " : "the regex",
                         regexes_.size() > 1 ? absl::StrCat(r) : "", " /", pattern, "/"));
      }
    }
    out.BeginRow();
    for (size_t column = 0; column < schema_.size(); ++column) {
      const std::optional<GroupRef>& ref = groups_[column];
      if (!ref || !matched_[ref->regex] || captures_[ref->regex][ref->group].data() == nullptr) {
        if (fail_on_missing_ && ref) {
          return absl::InvalidArgumentError(absl::StrCat(
              "attribute '", schema_.at(column).name, "': its group matched nothing"));
        }
        out.SetNull(column);
        continue;
      }
      re2::StringPiece piece = captures_[ref->regex][ref->group];
      std::string_view value(piece.data(), piece.size());
      if (datetime_[column] && value != "null") {
        int64_t millis = 0;
        if (!absl::SimpleAtoi(absl::string_view(value.data(), value.size()), &millis)) {
          std::optional<int64_t> parsed = ParseDateTime(value, offset_minutes_);
          if (!parsed) {
            return absl::InvalidArgumentError(absl::StrCat(
                "attribute '", schema_.at(column).name, "': '", std::string(value),
                "' is not a date-time (YYYY-MM-DD HH:MM:SS[,mmm])"));
          }
          millis = *parsed;
        }
        out.SetInt64(column, millis);
        continue;
      }
      absl::Status status = SetFromText(out, column, value);
      if (!status.ok()) {
        return absl::InvalidArgumentError(
            absl::StrCat("attribute '", schema_.at(column).name, "': ", status.message()));
      }
    }
    return out.CommitRow();
  }

 private:
  Schema schema_;
  std::vector<std::unique_ptr<RE2>> regexes_;
  std::vector<std::optional<GroupRef>> groups_;  // per attribute
  bool fail_on_missing_;
  std::vector<bool> datetime_;
  int offset_minutes_;
  std::vector<std::vector<re2::StringPiece>> captures_;
  std::vector<bool> matched_;
};

class TextSinkMapper : public SinkMapper {
 public:
  TextSinkMapper(const Schema& schema, std::optional<PayloadTemplate> payload)
      : schema_(schema), payload_(std::move(payload)) {}

  void Format(const Event& event, std::string& out) const override {
    if (payload_) {
      payload_->Render(event, /*json=*/false, out);
      return;
    }
    // Siddhi's default text format, on one line.
    for (size_t i = 0; i < event.data.size() && i < schema_.size(); ++i) {
      if (i > 0) out += ", ";
      out += schema_.at(i).name;
      out += ':';
      const Value& value = event.data[i];
      if (!value.is_null() && value.type() == Type::kString) {
        AppendJsonString(value.string_value(), out);
      } else {
        AppendText(value, out);
      }
    }
  }

 private:
  Schema schema_;
  std::optional<PayloadTemplate> payload_;
};

absl::StatusOr<std::unique_ptr<RE2>> Compile(const std::string& pattern) {
  auto regex = std::make_unique<RE2>(NormalizeNamedGroups(pattern), RE2::Quiet);
  if (!regex->ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("regex /", pattern, "/: ", regex->error()));
  }
  return regex;
}

}  // namespace

absl::StatusOr<std::unique_ptr<SourceMapper>> MakeTextSourceMapper(const MapSpec& map,
                                                                   const Schema& schema) {
  TALON_ASSIGN_OR_RETURN(bool fail_on_missing,
                         map.options.GetBool("fail.on.missing.attribute", true));
  std::vector<std::unique_ptr<RE2>> regexes;
  std::vector<std::optional<GroupRef>> groups(schema.size());
  if (map.options.Has("regex")) {
    TALON_ASSIGN_OR_RETURN(std::unique_ptr<RE2> regex, Compile(map.options.Get("regex")));
    for (const auto& [name, group] : regex->NamedCapturingGroups()) {
      std::optional<size_t> column = schema.IndexOf(name);
      if (!column) {
        return absl::InvalidArgumentError(absl::StrCat(
            "regex group '", name, "' is not an attribute of ", schema.ToString()));
      }
      groups[*column] = GroupRef{0, group};
    }
    regexes.push_back(std::move(regex));
  }
  // Siddhi's form: regex.A, regex.B, ... and @attributes(name='A[1]').
  std::map<std::string, int> ids;
  for (const auto& [key, pattern] : map.options.WithPrefix("regex.")) {
    TALON_ASSIGN_OR_RETURN(std::unique_ptr<RE2> regex, Compile(pattern));
    ids[key] = static_cast<int>(regexes.size());
    regexes.push_back(std::move(regex));
  }
  for (size_t i = 0; i < map.attributes.size(); ++i) {
    const auto& [name, ref] = map.attributes[i];
    std::optional<size_t> column = name.empty() ? std::optional<size_t>(i) : schema.IndexOf(name);
    if (!column || *column >= schema.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat("@attributes: '", name, "' is not an attribute of ", schema.ToString()));
    }
    size_t bracket = ref.find('[');
    std::string id = ref.substr(0, bracket);
    int group = 1;
    if (bracket != std::string::npos &&
        !absl::SimpleAtoi(ref.substr(bracket + 1, ref.size() - bracket - 2), &group)) {
      group = -1;
    }
    auto it = ids.find(id);
    if (it == ids.end() || group < 1 ||
        group > regexes[it->second]->NumberOfCapturingGroups()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "@attributes(", name, "='", ref, "'): expected ID[GROUP] with a regex.ID option and "
          "a group the regex has"));
    }
    groups[*column] = GroupRef{it->second, group};
  }
  if (regexes.empty()) {
    return absl::InvalidArgumentError(
        "@map(type='text') needs regex='...(?P<attribute>...)...' or regex.ID options");
  }
  std::vector<bool> datetime(schema.size(), false);
  for (absl::string_view name :
       absl::StrSplit(map.options.Get("datetime.attributes"), ',', absl::SkipEmpty())) {
    std::string trimmed(absl::StripAsciiWhitespace(name));
    std::optional<size_t> column = schema.IndexOf(trimmed);
    if (!column || schema.at(*column).type != Type::kLong) {
      return absl::InvalidArgumentError(absl::StrCat(
          "datetime.attributes: '", trimmed, "' is not a long attribute of ", schema.ToString()));
    }
    datetime[*column] = true;
  }
  int offset_minutes = 0;
  std::string zone = map.options.Get("datetime.timezone", "UTC");
  if (zone != "UTC" && zone != "GMT" && zone != "Z") {
    int hours = 0, minutes = 0;
    char sign = 0;
    if (std::sscanf(zone.c_str(), "%c%2d:%2d", &sign, &hours, &minutes) != 3 ||
        (sign != '+' && sign != '-')) {
      return absl::InvalidArgumentError(
          absl::StrCat("datetime.timezone='", zone, "': expected UTC or +HH:MM / -HH:MM"));
    }
    offset_minutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return std::make_unique<TextSourceMapper>(schema, std::move(regexes), std::move(groups),
                                            fail_on_missing, std::move(datetime),
                                            offset_minutes);
}

absl::StatusOr<std::unique_ptr<SinkMapper>> MakeTextSinkMapper(const MapSpec& map,
                                                               std::string_view stream,
                                                               const Schema& schema) {
  std::optional<PayloadTemplate> payload;
  if (!map.payload.empty()) {
    TALON_ASSIGN_OR_RETURN(PayloadTemplate parsed,
                           PayloadTemplate::Parse(map.payload.front().second, schema));
    payload = std::move(parsed);
  }
  return std::make_unique<TextSinkMapper>(schema, std::move(payload));
}

}  // namespace talon::exec::io
