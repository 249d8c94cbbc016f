// Command genreadme writes the sample output in README.md: the plain block
// of a section is what the command prints for the arguments that the
// section shows, so that the README never holds a hand-pasted copy of a
// description, hint or note. It builds the command once and runs it.
//
//	go run ./internal/genreadme README.md ./cmd/chaterr
//
// It is run by go generate (web/gen.go, after every package's tables are
// current); cmd/chaterr's README tests and CI's "generated files are
// current" step catch a README that was not regenerated.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// samples are the README sections with a sample, and the arguments of the
// command whose output the sample is, run in the command's directory.
var samples = []struct {
	section string
	args    []string
}{
	{"## Quick start", []string{"508"}},
	{"## Command line", []string{"-scan", "-count", "testdata/readme/app.log"}},
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: genreadme README.md ./cmd/chaterr")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "genreadme:", err)
		os.Exit(1)
	}
}

func run(readme, cmdDir string) error {
	text, err := os.ReadFile(readme)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "genreadme")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "chaterr")
	if out, err := exec.Command("go", "build", "-o", bin, cmdDir).CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", cmdDir, err, out)
	}
	doc := string(text)
	for _, s := range samples {
		cmd := exec.Command(bin, s.args...)
		cmd.Dir = cmdDir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("chaterr %s: %v: %s", strings.Join(s.args, " "), err, stderr.String())
		}
		if doc, err = replaceSample(doc, s.section, string(out)); err != nil {
			return fmt.Errorf("%s: %w", readme, err)
		}
	}
	if doc == string(text) {
		return nil
	}
	return os.WriteFile(readme, []byte(doc), 0o644)
}

// replaceSample puts sample in the first plain ``` block of the section
// whose heading line is heading.
func replaceSample(doc, heading, sample string) (string, error) {
	start := strings.Index(doc, "\n"+heading+"\n")
	if start < 0 {
		return "", fmt.Errorf("no %q section", heading)
	}
	end := strings.Index(doc[start+1:], "\n## ")
	if end < 0 {
		end = len(doc)
	} else {
		end += start + 1
	}
	section := doc[start:end]
	const open = "\n\n```\n"
	i := strings.Index(section, open)
	if i < 0 {
		return "", errors.New(heading + ": no plain ``` block for the sample output")
	}
	body := i + len(open)
	j := strings.Index(section[body:], "```\n")
	if j < 0 {
		return "", errors.New(heading + ": the sample's ``` block is not closed")
	}
	return doc[:start] + section[:body] + sample + section[body+j:] + doc[end:], nil
}
