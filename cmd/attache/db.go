package main

import (
	"flag"
	"os"
)

// localDB is the store's file when neither --db nor ATTACHE_DB names one:
// attache.db in the current folder, simple for a new user to find and to
// delete.
const localDB = "attache.db"

// dbFlag defines a command's --db flag, read through dbPath.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "the store's file (default $ATTACHE_DB, else "+localDB+" in the current folder)")
}

// dbPath is the store's file: the --db flag's value when given, else the
// ATTACHE_DB environment variable, else attache.db in the current folder.
// ingest, serve and export all open the store through it.
func dbPath(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if env := os.Getenv("ATTACHE_DB"); env != "" {
		return env
	}
	return localDB
}
