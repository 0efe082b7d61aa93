package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
	"sync"
)

//go:embed assets
var assets embed.FS

// pages are parsed on first use, not at every start-up of the program.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").ParseFS(assets, "assets/*.html"))
})

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	files := http.FileServerFS(static)
	mux.HandleFunc("GET /static/{file}", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.PathValue("file"), ".html") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		r.URL.Path = "/" + r.PathValue("file")
		files.ServeHTTP(w, r)
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { s.page(w, "index.html", nil) })
	mux.HandleFunc("GET /screen", func(w http.ResponseWriter, r *http.Request) { s.page(w, "screen.html", nil) })
	mux.HandleFunc("GET /screen/events", func(w http.ResponseWriter, r *http.Request) {
		s.stream(w, r, func() []byte {
			s.mu.Lock()
			defer s.mu.Unlock()
			return s.screenJSON()
		})
	})
	mux.HandleFunc("GET /j/{secret}", s.judge(func(w http.ResponseWriter, r *http.Request, l *link) {
		s.page(w, "judge.html", map[string]string{"Name": l.name, "Token": l.token})
	}))
	mux.HandleFunc("GET /j/{secret}/events", s.judge(func(w http.ResponseWriter, r *http.Request, l *link) {
		s.stream(w, r, func() []byte {
			s.mu.Lock()
			defer s.mu.Unlock()
			if l.revoked {
				return nil
			}
			b, _ := json.Marshal(s.judgeState(l))
			return b
		})
	}))
	mux.HandleFunc("POST /j/{secret}/submit", s.judge(s.submit))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { s.notFound(w) })
	return s.secure(mux)
}

// judge finds the link of the request's secret. A wrong or revoked secret
// gets the same plain "not found" as any other path, and a device that
// keeps guessing is slowed down.
func (s *Server) judge(h func(http.ResponseWriter, *http.Request, *link)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		l := s.linkFor(r.PathValue("secret"))
		s.mu.Unlock()
		if l == nil {
			if !s.guesses.allow(remoteHost(r), s.opts.Now()) {
				http.Error(w, msgs.T(s.opts.Lang, "err.rate"), http.StatusTooManyRequests)
				return
			}
			s.notFound(w)
			return
		}
		h(w, r, l)
	}
}

func (s *Server) notFound(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNotFound)
	s.page(w, "gone.html", nil)
}

// page renders a template with the catalog's texts; names are escaped by
// html/template.
func (s *Server) page(w http.ResponseWriter, name string, data map[string]string) {
	var buf bytes.Buffer
	err := pages().ExecuteTemplate(&buf, name, pageData{T: s.texts(), D: data})
	if err != nil {
		http.Error(w, msgs.T(s.opts.Lang, "err.internal"), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

type pageData struct {
	T map[string]string // page texts by short key
	D map[string]string
}

// texts are the page texts (keys page.*) without their prefix.
func (s *Server) texts() map[string]string {
	out := map[string]string{}
	for k := range msgs {
		if name, ok := strings.CutPrefix(k, "page."); ok {
			out[name] = msgs.T(s.opts.Lang, k)
		}
	}
	return out
}
