import Foundation
import EscalationRules

/// A small JSON Schema checker for the keywords docs/bridge-protocol.schema.json uses, and no
/// others: a keyword it does not know is a problem, so the schema cannot say more than is checked.
struct SchemaChecker {
    let root: JSONValue

    static let known: Set<String> = ["$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const", "properties",
                                     "required", "additionalProperties", "items", "minimum", "minLength", "maxLength", "oneOf", "anyOf"]

    /// The bridge protocol's schema, read from docs/ beside the sources.
    static let bridge: SchemaChecker = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/bridge-protocol.schema.json")
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        return SchemaChecker(root: (try? JSONValue.parse(bytes)) ?? .null)
    }()

    /// What is wrong with `value` as the schema's `$defs/definition`; empty when it matches.
    func problems(_ value: JSONValue, as definition: String) -> [String] {
        guard let schema = root["$defs"]?[definition] else { return ["the schema has no $defs/\(definition)"] }
        return problems(value, schema, at: "$")
    }

    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String) -> [String] {
        guard case .object(let keywords) = schema else { return ["\(path): the schema here is not an object"] }
        var found: [String] = []
        for (keyword, argument) in keywords {
            guard Self.known.contains(keyword) else { found.append("\(path): unknown schema keyword \(keyword)"); continue }
            found += keyword == "additionalProperties" ? additional(value, allowed: argument, properties: schema["properties"], at: path)
                : check(keyword, argument, value, at: path)
        }
        return found
    }

    private func check(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, at path: String) -> [String] {
        switch keyword {
        case "$ref":
            guard let name = argument.stringValue?.split(separator: "/").last, let target = root["$defs"]?[String(name)] else {
                return ["\(path): unresolved $ref \(argument)"]
            }
            return problems(value, target, at: path)
        case "type":
            let types = argument.stringValue.map { [$0] } ?? arrayOfStrings(argument)
            return types.contains(where: { Self.matches(value, type: $0) }) ? [] : ["\(path): \(value.kindName) is not \(types.joined(separator: " or "))"]
        case "enum":
            guard case .array(let allowed) = argument else { return ["\(path): enum is not a list"] }
            return allowed.contains(value) ? [] : ["\(path): \(Self.shown(value)) is not one of \(allowed.map(Self.shown))"]
        case "const": return value == argument ? [] : ["\(path): \(Self.shown(value)) is not \(Self.shown(argument))"]
        case "properties":
            guard case .object(let members) = value, case .object(let properties) = argument else { return [] }
            return members.flatMap { name, member in properties.first { $0.0 == name }.map { problems(member, $0.1, at: "\(path).\(name)") } ?? [] }
        case "required":
            guard case .object = value else { return [] }
            return arrayOfStrings(argument).filter { value[$0] == nil }.map { "\(path): missing \($0)" }
        case "items":
            guard case .array(let items) = value else { return [] }
            return items.enumerated().flatMap { problems($0.element, argument, at: "\(path)[\($0.offset)]") }
        case "minimum":
            guard case .number(let number) = value, case .number(let least) = argument else { return [] }
            return number >= least ? [] : ["\(path): \(number) is below \(least)"]
        case "minLength", "maxLength":
            guard case .string(let text) = value, case .number(let limit) = argument else { return [] }
            let fits = keyword == "minLength" ? text.count >= Int(limit) : text.count <= Int(limit)
            return fits ? [] : ["\(path): \(text.count) characters is outside \(keyword) \(Int(limit))"]
        case "oneOf", "anyOf":
            guard case .array(let choices) = argument else { return ["\(path): \(keyword) is not a list"] }
            let results = choices.map { problems(value, $0, at: path) }
            let matching = results.filter(\.isEmpty).count
            if keyword == "oneOf" ? matching == 1 : matching >= 1 { return [] }
            if matching > 1 { return ["\(path): matches \(matching) of oneOf"] }
            // Name the closest choice's problems, so a failure says what to fix.
            return results.min { $0.count < $1.count } ?? []
        default: return []
        }
    }

    private func arrayOfStrings(_ value: JSONValue) -> [String] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap(\.stringValue)
    }

    /// With `"additionalProperties": false`, members not named in `properties` are problems.
    private func additional(_ value: JSONValue, allowed: JSONValue, properties: JSONValue?, at path: String) -> [String] {
        guard allowed == false, case .object(let members) = value else { return [] }
        guard case .object(let named)? = properties else { return members.map { "\(path): unexpected member \($0.0)" } }
        return members.filter { member in !named.contains { $0.0 == member.0 } }.map { "\(path): unexpected member \($0.0)" }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number): return true
        case ("integer", .number(let number)): return number == number.rounded()
        default: return false
        }
    }

    static func shown(_ value: JSONValue) -> String { value.compactText }
}
