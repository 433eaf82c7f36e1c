package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/actor"
	"github.com/attache-news/attache/internal/petrarch"
)

// pipelineFlags are the flags that shape the pipeline of the commands that
// analyse articles (analyze, ingest, serve): a user's own table of office
// holders, a file where the roles read in articles are remembered between
// runs, and PETRARCH/TABARI dictionaries to code with instead of attache's.
type pipelineFlags struct {
	officials *string
	roles     *string
	dicts     *string
	mem       *attache.RoleMemory
}

func addPipelineFlags(fs *flag.FlagSet) *pipelineFlags {
	return &pipelineFlags{
		officials: fs.String("officials", "", "a table of office holders to add to attache's own (tab-separated: name, other names|..., actor code, role, from, to)"),
		roles:     fs.String("roles", "", "remember the roles articles give people in this file, and use them for later articles that name the person alone (created when missing)"),
		dicts:     fs.String("dictionaries", "", "code actors and events with the PETRARCH/TABARI dictionaries in this folder"),
	}
}

// config is the pipeline's Config the flags ask for: it loads the files they
// name (dictionary warnings go to stderr, as cmd's).
func (a *pipelineFlags) config(cmd string, stderr io.Writer) (attache.Config, error) {
	var cfg attache.Config
	if err := a.apply(&cfg); err != nil {
		return cfg, err
	}
	if *a.dicts != "" {
		set, err := loadDictionaries(cmd, *a.dicts, stderr)
		if err != nil {
			return cfg, fmt.Errorf("--dictionaries: %w", err)
		}
		cfg.Stages = petrarch.Stages(set, petrarch.Options{})
	}
	return cfg, nil
}

// apply loads the actor files the flags name and sets cfg.Roles.
func (a *pipelineFlags) apply(cfg *attache.Config) error {
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
func (a *pipelineFlags) save() error {
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
