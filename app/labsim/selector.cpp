#include "labsim/selector.h"

#include <algorithm>
#include <cctype>

namespace lcl::sim {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool validKey(std::string_view key)
{
    if (key.empty() || key.size() > 316)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '/';
    });
}

bool validValue(std::string_view v)
{
    return v.size() <= 63 && std::all_of(v.begin(), v.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
           });
}

// Splits on commas that are not inside parentheses.
std::vector<std::string_view> splitTerms(std::string_view text)
{
    std::vector<std::string_view> terms;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(')
            ++depth;
        else if (text[i] == ')')
            --depth;
        else if (text[i] == ',' && depth == 0) {
            terms.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    terms.push_back(text.substr(start));
    return terms;
}

ObjectStoreError parseError(std::string_view text, const std::string& why)
{
    return ObjectStoreError::badRequest("unable to parse requirement: " + why + " (in \"" + std::string(text) + "\")");
}

std::string labelValue(const nlohmann::json& labels, const std::string& key, bool& present)
{
    present = false;
    if (!labels.is_object())
        return {};
    const auto it = labels.find(key);
    if (it == labels.end())
        return {};
    present = true;
    return it->is_string() ? it->get<std::string>() : it->dump();
}

} // namespace

StoreResult<Selector> Selector::parse(std::string_view text)
{
    Selector sel;
    text = trim(text);
    if (text.empty())
        return sel;
    for (auto term : splitTerms(text)) {
        term = trim(term);
        if (term.empty())
            return parseError(text, "found '', expected: identifier");
        Requirement req;
        if (term.front() == '!') {
            req.key = std::string(trim(term.substr(1)));
            req.op = Op::DoesNotExist;
        } else if (const auto paren = term.find('('); paren != std::string_view::npos) {
            const auto head = trim(term.substr(0, paren));
            const auto space = head.find_last_of(" \t");
            if (space == std::string_view::npos || term.back() != ')')
                return parseError(text, "expected 'in' or 'notin' with a parenthesised list");
            const auto op = trim(head.substr(space + 1));
            req.key = std::string(trim(head.substr(0, space)));
            if (op == "in")
                req.op = Op::In;
            else if (op == "notin")
                req.op = Op::NotIn;
            else
                return parseError(text, "unknown operator '" + std::string(op) + "'");
            auto list = term.substr(paren + 1, term.size() - paren - 2);
            for (auto v : splitTerms(list)) {
                v = trim(v);
                if (!validValue(v))
                    return parseError(text, "invalid label value: \"" + std::string(v) + "\"");
                if (!v.empty() || req.values.empty())
                    req.values.emplace_back(v);
            }
        } else if (const auto ne = term.find("!="); ne != std::string_view::npos) {
            req.key = std::string(trim(term.substr(0, ne)));
            req.op = Op::NotEquals;
            req.values.emplace_back(trim(term.substr(ne + 2)));
        } else if (const auto eq = term.find('='); eq != std::string_view::npos) {
            req.key = std::string(trim(term.substr(0, eq)));
            const bool doubled = eq + 1 < term.size() && term[eq + 1] == '=';
            req.op = Op::Equals;
            req.values.emplace_back(trim(term.substr(eq + (doubled ? 2 : 1))));
        } else {
            req.key = std::string(term);
            req.op = Op::Exists;
        }
        if (!validKey(req.key))
            return parseError(text, "invalid label key \"" + req.key + "\"");
        for (const auto& v : req.values)
            if (!validValue(v))
                return parseError(text, "invalid label value: \"" + v + "\"");
        sel.m_requirements.push_back(std::move(req));
    }
    return sel;
}

StoreResult<Selector> Selector::fromLabelSelector(const nlohmann::json& selector)
{
    Selector sel;
    if (!selector.is_object())
        return sel;
    if (const auto it = selector.find("matchLabels"); it != selector.end() && it->is_object())
        for (const auto& [k, v] : it->items())
            sel.m_requirements.push_back({k, Op::Equals, {v.is_string() ? v.get<std::string>() : v.dump()}});
    if (const auto it = selector.find("matchExpressions"); it != selector.end() && it->is_array()) {
        for (const auto& e : *it) {
            Requirement req;
            req.key = e.value("key", "");
            const auto op = e.value("operator", "");
            if (op == "In")
                req.op = Op::In;
            else if (op == "NotIn")
                req.op = Op::NotIn;
            else if (op == "Exists")
                req.op = Op::Exists;
            else if (op == "DoesNotExist")
                req.op = Op::DoesNotExist;
            else
                return ObjectStoreError::badRequest("\"" + op + "\" is not a valid label selector operator");
            if (const auto values = e.find("values"); values != e.end() && values->is_array())
                for (const auto& v : *values)
                    req.values.push_back(v.is_string() ? v.get<std::string>() : v.dump());
            sel.m_requirements.push_back(std::move(req));
        }
    }
    return sel;
}

bool Selector::matches(const nlohmann::json& labels) const
{
    for (const auto& req : m_requirements) {
        bool present = false;
        const auto value = labelValue(labels, req.key, present);
        const bool inList = std::find(req.values.begin(), req.values.end(), value) != req.values.end();
        switch (req.op) {
        case Op::Equals:
        case Op::In:
            if (!present || !inList)
                return false;
            break;
        case Op::NotEquals:
        case Op::NotIn:
            if (present && inList)
                return false;
            break;
        case Op::Exists:
            if (!present)
                return false;
            break;
        case Op::DoesNotExist:
            if (present)
                return false;
            break;
        }
    }
    return true;
}

std::string Selector::toString() const
{
    std::string out;
    for (const auto& req : m_requirements) {
        if (!out.empty())
            out += ',';
        switch (req.op) {
        case Op::Equals:
            out += req.key + "=" + (req.values.empty() ? std::string() : req.values.front());
            break;
        case Op::NotEquals:
            out += req.key + "!=" + (req.values.empty() ? std::string() : req.values.front());
            break;
        case Op::In:
        case Op::NotIn: {
            out += req.key + (req.op == Op::In ? " in (" : " notin (");
            for (std::size_t i = 0; i < req.values.size(); ++i)
                out += (i ? "," : "") + req.values[i];
            out += ')';
            break;
        }
        case Op::Exists:
            out += req.key;
            break;
        case Op::DoesNotExist:
            out += "!" + req.key;
            break;
        }
    }
    return out;
}

} // namespace lcl::sim
