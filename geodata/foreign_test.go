package geodata

// decodeFeaturesJSONHooked is decodeFeaturesJSON behind the hook of
// package dialect, as DecodeFeatures is: what DecodeFeatures must match.
func decodeFeaturesJSONHooked(name string, data []byte) (_ []*Feature, err error) {
	defer advise(&err)
	if data, err = foreign(name, data); err != nil {
		return nil, err
	}
	return decodeFeaturesJSON(name, data)
}
