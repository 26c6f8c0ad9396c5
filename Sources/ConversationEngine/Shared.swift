/// A value behind one reference, copied only when it is changed while another copy holds it.
///
/// A session is copied several times a turn (into the turn, the store, the journal's change) and
/// its intake's arrays and strings were each retained, released and moved with every copy; behind
/// one reference a copy is one retain, and a state pushed for `back` shares the intake it saves.
struct Shared<Value: Equatable & Sendable>: Equatable, @unchecked Sendable {
    // Unchecked because the box is mutable: it is changed only while this copy is its sole holder,
    // so no other copy, on any thread, ever sees it change.
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }
}
