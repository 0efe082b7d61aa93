package projector

import "liangsaibi/data"

// loadWithJournal reads the competition file with the scores its entry
// journal holds that are not saved into the file yet, so the room sees a
// score as soon as the entry computer commits it. It never writes.
func loadWithJournal(path, encoding string) (*data.Doc, error) {
	return data.LoadWithJournal(path, data.Options{Encoding: encoding})
}
