package strategies

import "errors"

// Sentinel errors of the registry and of Opportunity.Validate.
var (
	// ErrUnknown is returned by New for a name nobody registered.
	ErrUnknown = errors.New("strategies: unknown strategy")
	// ErrInvalidOpportunity wraps every Opportunity.Validate failure.
	ErrInvalidOpportunity = errors.New("strategies: invalid opportunity")
)
