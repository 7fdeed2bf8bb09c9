package thirdparty

import "errors"

var (
	// ErrNotInstalled means the npm packages are missing: `make setup` has
	// not run, or KEEPERKIT_NODE_MODULES points elsewhere. The wrapping error
	// names the package and the file.
	ErrNotInstalled = errors.New("thirdparty: npm artifacts not installed (run `make setup`)")
	// ErrMissingLibrary means Link was not given the address of a library the
	// creation code needs; the wrapping error names the library.
	ErrMissingLibrary = errors.New("thirdparty: library not linked")
)
