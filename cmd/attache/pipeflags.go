package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/actor"
)

// actorFlags are the flags of the commands that analyse articles which
// extend attache's actor knowledge: a user's own table of office holders, and
// a file where the roles read in articles are remembered between runs.
type actorFlags struct {
	officials *string
	roles     *string
	mem       *attache.RoleMemory
}

func addActorFlags(fs *flag.FlagSet) *actorFlags {
	return &actorFlags{
		officials: fs.String("officials", "", "a table of office holders to add to attache's own (tab-separated: name, other names|..., actor code, role, from, to)"),
		roles:     fs.String("roles", "", "remember the roles articles give people in this file, and use them for later articles that name the person alone (created when missing)"),
	}
}

// apply loads the files the flags name and sets cfg.Roles.
func (a *actorFlags) apply(cfg *attache.Config) error {
	if *a.officials != "" {
		f, err := os.Open(*a.officials)
		if err != nil {
			return fmt.Errorf("--officials: %w", err)
		}
		err = actor.Default().Load(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("--officials %s: %w", *a.officials, err)
		}
	}
	if *a.roles != "" {
		a.mem = attache.NewRoleMemory()
		f, err := os.Open(*a.roles)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return fmt.Errorf("--roles: %w", err)
		default:
			_, err = a.mem.ReadFrom(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("--roles %s: %w", *a.roles, err)
			}
		}
		cfg.Roles = a.mem
	}
	return nil
}

// save writes the remembered roles back, through a temporary file so that an
// interrupted write never loses the table.
func (a *actorFlags) save() error {
	if a.mem == nil {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(*a.roles), ".roles-*")
	if err != nil {
		return fmt.Errorf("--roles: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := a.mem.WriteTo(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("--roles: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("--roles: %w", err)
	}
	if err := os.Rename(tmp.Name(), *a.roles); err != nil {
		return fmt.Errorf("--roles: %w", err)
	}
	return nil
}
