// The guided conversation lands here with issue 3.
import EscalationRules
