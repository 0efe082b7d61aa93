package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"liangsaibi/data/round"
	"liangsaibi/scoring"
)

// chromium finds a headless-capable Chromium, or skips the test saying why.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("LIANGSAIBI_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium found (install Debian's chromium: apt-get install -y chromium, or set LIANGSAIBI_CHROMIUM); the browser test needs one")
	return ""
}

// shots is the folder for screenshots: $LIANGSAIBI_SHOTS, or a temporary one.
func shots(t *testing.T) string {
	dir := os.Getenv("LIANGSAIBI_SHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "liangsaibi-shots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func browser(t *testing.T, w, h int) (context.Context, context.CancelFunc) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(w, h),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	return ctx, func() { cancelT(); cancelB(); cancelA() }
}

// byID selects an element whose id holds dots (item ids do).
func byID(id string) string { return `[id="` + id + `"]` }

// waitText waits until the element's text contains want.
func waitText(sel, want string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		expr := `(function(){var e=document.querySelector(` + "`" + sel + "`" + `);return e?e.textContent:''})()`
		for {
			got, _ := chromedp.Evaluate[string](expr)(ctx, t)
			if strings.Contains(got, want) {
				return chromedp.Void{}, nil
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
}

// steps runs actions one by one, naming the one that fails.
func steps(t *testing.T, ctx context.Context, names []string, acts ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	for i, a := range acts {
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		_, err := chromedp.Run(sctx, a)
		cancel()
		if err != nil {
			t.Fatalf("step %d (%s): %v", i, names[i], err)
		}
	}
}

// js runs a script for its effect.
func js(expr string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[any](expr)(ctx, t)
		return chromedp.Void{}, err
	}
}

func shoot(t *testing.T, ctx context.Context, path string) {
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
}

// contrastJS returns the elements whose text contrast is below 4.5:1
// (WCAG AA), and inputs without a label.
const contrastJS = `(function(){
function lum(c){var m=c.match(/[\d.]+/g).map(Number);var a=m.slice(0,3).map(function(v){v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4)});return 0.2126*a[0]+0.7152*a[1]+0.0722*a[2];}
function bg(e){while(e){var c=getComputedStyle(e).backgroundColor;var m=c.match(/[\d.]+/g);if(m&&(m.length<4||Number(m[3])>0))return c;e=e.parentElement;}return 'rgb(255,255,255)';}
var bad=[];
document.querySelectorAll('h1,h2,h3,label,input,button,p,li,td,th,.state,.err,.badge,.banner').forEach(function(e){
 if(!e.textContent.trim()&&e.tagName!=='INPUT')return; if(e.offsetParent===null&&getComputedStyle(e).position!=='fixed')return;
 var a=lum(getComputedStyle(e).color),b=lum(bg(e));var r=(Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
 if(r<4.5)bad.push(e.tagName+'.'+e.className+' '+r.toFixed(2));});
document.querySelectorAll('input').forEach(function(i){if(!i.labels||!i.labels.length)bad.push('unlabelled input '+i.id);});
return bad;})()`

func TestBrowserJudgeScoresThroughLostConnection(t *testing.T) {
	path := example(t, nil)
	r, err := round.Open(path, round.Options{Operator: "staff"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s, err := Start(r, Options{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	addr := s.Addr().String()
	base := "http://" + addr
	link, _ := linkOf(s, "j2")
	dir := shots(t)

	ctx, cancel := browser(t, 390, 844)
	defer cancel()
	results, talk := byID("i-xushui-show.results"), byID("i-xushui-compete.talk")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2))); err != nil {
		t.Fatal(err)
	}
	steps(t, ctx, []string{"open", "wait", "25", "flag", "clear", "15.5", "8.555", "flag", "clear", "8.5"},
		chromedp.Navigate(base+link),
		chromedp.WaitVisible(chromedp.CSS(results)),
		// A number out of range is flagged before anything is sent.
		chromedp.SendKeys(chromedp.CSS(results), "25"),
		waitText(byID("i-xushui-show.results-err"), "应在 0 到 20 之间"),
		js(`(function(){var i=document.querySelector('[id="i-xushui-show.results"]');i.value='';i.dispatchEvent(new Event('input'))})()`),
		chromedp.SendKeys(chromedp.CSS(results), "15.5"),
		chromedp.SendKeys(chromedp.CSS(talk), "8.555"),
		waitText(byID("i-xushui-compete.talk-err"), "最多 2 位小数"),
		js(`(function(){var i=document.querySelector('[id="i-xushui-compete.talk"]');i.value='';i.dispatchEvent(new Event('input'))})()`),
		chromedp.SendKeys(chromedp.CSS(talk), "8.5"),
	)
	shoot(t, ctx, filepath.Join(dir, "judge-390x844.png"))
	bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](contrastJS))
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Errorf("accessibility: %v", bad)
	}

	// The connection is lost: the banner says so; a submission waits in the browser.
	s.Close()
	err = chromedp.Do(ctx,
		waitText("#banner", "连接已断开"),
		js(`(function(){var c=[].slice.call(document.querySelectorAll('section.card'));var x=c.filter(function(e){return e.textContent.indexOf('须水街道')>=0})[0];x.querySelector('button.send').click()})()`),
		waitText("#main", "尚未送达"),
	)
	if err != nil {
		t.Fatal(err)
	}
	queue, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`localStorage.getItem('liangsaibi:`+link+`')`))
	if !strings.Contains(queue, `"street":"xushui"`) || !strings.Contains(queue, "15.5") {
		t.Fatalf("the unsent sheet is not kept in the browser: %s", queue)
	}
	shoot(t, ctx, filepath.Join(dir, "judge-offline-390x844.png"))
	if r.State().Unsaved != 0 {
		t.Fatal("a score arrived while the server was down?")
	}

	// The server is back at the same address; the links kept beside the
	// file still work (FILE.links.json): the page
	// reconnects and sends what it kept.
	s2, err := Start(r, Options{Addr: addr})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	err = chromedp.Do(ctx,
		waitText("#banner", "已重新连接"),
		waitText("#main", "已提交"),
	)
	if err != nil {
		t.Fatal(err)
	}
	c := r.State().Comp
	si, ji := c.FindStreet("xushui"), c.FindJudge("j2")
	if got := c.Scores[si][c.FindItem("compete.talk")][ji]; got != scoring.Number(8_500_000) {
		t.Fatalf("the round holds %v for the judge's 8.5", got)
	}
	shoot(t, ctx, filepath.Join(dir, "judge-sent-390x844.png"))

	// Staff type the missing paper scores: xushui is complete and ranked on /screen.
	var ops []round.Op
	for _, id := range []string{"show.results", "compete.talk"} {
		ii := c.FindItem(id)
		for j := range c.Judges {
			if c.Scores[si][ii][j].State == scoring.Empty {
				ops = append(ops, round.Op{Kind: round.Set, Street: si, Item: ii, Slot: j, Value: scoring.Number(8_000_000), Operator: "staff", Source: round.Source{Kind: round.Keyboard}})
			}
		}
	}
	if _, err := r.Do(ops...); err != nil {
		t.Fatal(err)
	}
	sctx, scancel := chromedp.NewContext(ctx)
	defer scancel()
	err = chromedp.Do(sctx,
		chromedp.EmulateViewport(1920, 1080),
		chromedp.Navigate(base+"/screen"),
		waitText("#board", "须水街道"),
	)
	if err != nil {
		t.Fatal(err)
	}
	shoot(t, sctx, filepath.Join(dir, "screen-1920x1080.png"))
	pending, _ := chromedp.Run(sctx, chromedp.Evaluate[string](`document.getElementById('board').textContent`))
	if strings.Contains(pending, "待评") {
		t.Fatalf("xushui is still pending on the screen: %s", pending)
	}
	if bad, err = chromedp.Run(sctx, chromedp.Evaluate[[]string](contrastJS)); err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Errorf("screen accessibility: %v", bad)
	}
	// The screen says when it loses the computer.
	s2.Close()
	if err := chromedp.Do(sctx, waitText("#banner", "连接已断开")); err != nil {
		t.Fatal(err)
	}
	shoot(t, sctx, filepath.Join(dir, "screen-disconnected-1920x1080.png"))

	// A wrong secret gets nothing in the browser either.
	s3, err := Start(r, Options{Addr: addr})
	if err != nil {
		t.Fatal(err)
	}
	defer s3.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/j/wrong")); err != nil {
		t.Fatal(err)
	}
	body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.textContent`))
	if !strings.Contains(body, "链接无效") {
		t.Fatalf("a wrong link: %q", body)
	}
	if strings.Contains(body, "评委乙") {
		t.Fatal("a wrong link shows a judge")
	}
	t.Logf("screenshots in %s", dir)
}
