// Package prometheus_test shows chaterr.Label as the label of a Prometheus
// counter, with the real client library. It is a module of its own so that
// the library's go.mod never names Prometheus; CI runs it.
package prometheus_test

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// Count every failed call by chaterr.Label: however many random numbers a
// hostile client reports, the counter has no more series than the package
// has documented names.
func Example() {
	failures := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "chat_failures_total",
		Help: "Failed chat calls by error label.",
	}, []string{"error"})
	reg := prometheus.NewRegistry()
	reg.MustRegister(failures)

	for _, err := range []error{
		chaterr.FromSDK(215, "muted"),
		chaterr.FromSDK(215, "muted again"),
		fmt.Errorf("send: %w", &web.Error{Code: web.MessageWebSocketDisconnected}),
		chaterr.FromSDK(987654321, "from a hostile client"),
		chaterr.FromSDK(123456789, "and another"),
		errors.New("no code"),
	} {
		failures.WithLabelValues(chaterr.Label(err)).Inc()
	}
	for _, l := range []string{"USER_MUTED", "WEB_MESSAGE_WEBSOCKET_DISCONNECTED", chaterr.LabelUndocumented, chaterr.LabelNoCode} {
		fmt.Println(l, testutil.ToFloat64(failures.WithLabelValues(l)))
	}
	fmt.Println("series:", testutil.CollectAndCount(failures))
	// Output:
	// USER_MUTED 2
	// WEB_MESSAGE_WEBSOCKET_DISCONNECTED 1
	// UNDOCUMENTED 2
	// NO_CODE 1
	// series: 4
}
