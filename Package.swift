// swift-tools-version:6.0
import PackageDescription

// Foundation, Dispatch and the C library only: the owner's rule, so a fresh machine builds with no fetch.
let package = Package(
    name: "IntakeBot",
    products: [
        .executable(name: "intake-bot", targets: ["IntakeBot"]),
    ],
    targets: [
        .target(
            name: "EscalationRules",
            resources: [.copy("Resources/Policies"), .copy("Resources/Calendars"), .copy("Resources/Scenarios"), .copy("Resources/Classifier")]
        ),
        .target(name: "ConversationEngine", dependencies: ["EscalationRules"]),
        .executableTarget(name: "IntakeBot", dependencies: ["ConversationEngine", "EscalationRules"]),
        .testTarget(name: "EscalationRulesTests", dependencies: ["EscalationRules"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ConversationEngineTests", dependencies: ["ConversationEngine", "EscalationRules"],
                    exclude: ["Transcripts", "Fixtures"]),
        .testTarget(name: "IntakeBotTests", dependencies: ["IntakeBot", "ConversationEngine", "EscalationRules"]),
    ]
)
