package store

// Replay reads the journal at path and returns its intact score entries in
// order, as the tests check them. A missing journal is empty. A torn last
// line is dropped and reported in Damage; damage anywhere else is a
// *CorruptError and no records are returned.
func Replay(path string) ([]Record, Damage, error) {
	p, err := readJournal(path)
	if err != nil {
		return nil, Damage{}, err
	}
	return p.records, p.damage, nil
}
