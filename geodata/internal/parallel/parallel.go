// Package parallel runs the iterations of a loop on several cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(0), …, f(n-1) on up to GOMAXPROCS goroutines (at most 8)
// and waits for them. The calls take the indices in turn, so that uneven
// work is shared.
func For(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), 8, n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
