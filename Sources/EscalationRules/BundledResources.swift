import Foundation

/// The core's one contact with files: the module's own read-only resources, shipped beside it.
///
/// Everything else in the core takes bytes and values; a missing or unreadable file is a
/// `PolicyFileError` naming its path, never a crash, so the shell can say what is wrong and stop.
enum BundledResources {
    /// The names (without ".json") of every JSON file in a resource folder, in name order.
    static func names(in folder: String) throws(PolicyFileError) -> [String] {
        let urls = Bundle.module.urls(forResourcesWithExtension: "json", subdirectory: folder) ?? []
        guard !urls.isEmpty else { throw missing("\(folder)/") }
        return urls.compactMap { url in url.lastPathComponent.map { String($0.dropLast(".json".count)) } }.sorted()
    }

    /// The bytes of `folder/name.json`.
    static func bytes(_ name: String, in folder: String) throws(PolicyFileError) -> [UInt8] {
        let path = "\(folder)/\(name).json"
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: folder) else { throw missing(path) }
        do { return Array(try Data(contentsOf: url)) } catch {
            throw PolicyFileError(problems: [PolicyProblem(file: path, path: "", message: "cannot be read from the bundle: \(error.localizedDescription)")])
        }
    }

    private static func missing(_ path: String) -> PolicyFileError {
        PolicyFileError(problems: [PolicyProblem(file: path, path: "", message: "is missing from the bundle")])
    }
}
