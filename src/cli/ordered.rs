//! An ordered parallel map over a stream: `jobs` threads work on the items while the calling
//! thread reads the next ones and hands the results on in input order. At most `2 × jobs`
//! items are in flight, so memory stays bounded by a few of the largest items, not by the
//! stream. The input and the sink stay on the calling thread (stdin and stdout locks are not
//! `Send`).

use std::collections::VecDeque;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread;

/// One item for a worker, and where its result goes.
type Job<I, O> = (I, SyncSender<O>);

/// Runs `work` on every item of `inputs` on `jobs` threads (at least one) and gives each result
/// to `sink` in input order. The first error from `sink` stops the run: no later result reaches
/// it and no further item is read.
pub fn for_each_ordered<I, O, E>(
    jobs: usize,
    inputs: impl Iterator<Item = I>,
    work: impl Fn(I) -> O + Sync,
    mut sink: impl FnMut(O) -> Result<(), E>,
) -> Result<(), E>
where
    I: Send,
    O: Send,
{
    let jobs = jobs.max(1);
    let in_flight = 2 * jobs;
    thread::scope(|scope| {
        let (to_workers, from_reader) = sync_channel::<Job<I, O>>(jobs);
        let from_reader = Arc::new(Mutex::new(from_reader));
        let work = &work;
        for _ in 0..jobs {
            let from_reader = Arc::clone(&from_reader);
            scope.spawn(move || worker(&from_reader, work));
        }
        let mut pending: VecDeque<Receiver<O>> = VecDeque::with_capacity(in_flight);
        let mut outcome = Ok(());
        for item in inputs {
            if pending.len() == in_flight {
                outcome = deliver(&mut pending, &mut sink);
                if outcome.is_err() {
                    break;
                }
            }
            let (result_to, result_from) = sync_channel(1);
            pending.push_back(result_from);
            if to_workers.send((item, result_to)).is_err() {
                break; // every worker died (a panic in `work`): the scope re-raises it
            }
        }
        while outcome.is_ok() && !pending.is_empty() {
            outcome = deliver(&mut pending, &mut sink);
        }
        // Closing the queue lets the workers finish; the scope joins them.
        drop(to_workers);
        outcome
    })
}

/// Waits for the oldest item's result and hands it to the sink.
fn deliver<O, E>(pending: &mut VecDeque<Receiver<O>>, sink: &mut impl FnMut(O) -> Result<(), E>) -> Result<(), E> {
    match pending.pop_front().map(|r| r.recv()) {
        Some(Ok(result)) => sink(result),
        // The worker holding it panicked; the scope re-raises that panic after the run.
        Some(Err(_)) | None => Ok(()),
    }
}

fn worker<I, O>(queue: &Mutex<Receiver<Job<I, O>>>, work: &impl Fn(I) -> O) {
    loop {
        // Hold the lock only to take the next job, not while working on it.
        let job = match queue.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok((item, result_to)) = job else { return };
        // The reader may have stopped waiting (an earlier error); the result is then dropped.
        let _ = result_to.send(work(item));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn results_come_in_input_order_whatever_the_job_count() {
        for jobs in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            // Later items finish first: the sink must still see them in order.
            let result: Result<(), ()> = for_each_ordered(
                jobs,
                0..50u64,
                |n| {
                    thread::sleep(std::time::Duration::from_micros((50 - n) * 20));
                    n * n
                },
                |square| {
                    seen.push(square);
                    Ok(())
                },
            );
            assert!(result.is_ok());
            assert_eq!(seen, (0..50u64).map(|n| n * n).collect::<Vec<_>>(), "help: jobs = {jobs}");
        }
    }

    #[test]
    fn a_sink_error_stops_the_run_after_the_results_before_it() {
        let read = AtomicUsize::new(0);
        let mut seen = Vec::new();
        let inputs = (0..10_000).inspect(|_| {
            read.fetch_add(1, Ordering::Relaxed);
        });
        let result = for_each_ordered(
            2,
            inputs,
            |n| n,
            |n| {
                if n == 5 {
                    return Err(format!("item {n}"));
                }
                seen.push(n);
                Ok(())
            },
        );
        assert_eq!(result, Err("item 5".to_string()));
        assert_eq!(seen, vec![0, 1, 2, 3, 4]);
        // Bounded read-ahead: the error stops reading long before the end of the stream.
        assert!(read.load(Ordering::Relaxed) < 20, "read {} items", read.load(Ordering::Relaxed));
    }

    #[test]
    fn an_empty_stream_is_fine() {
        let result: Result<(), ()> = for_each_ordered(4, std::iter::empty::<u8>(), |n| n, |_| panic!("no items"));
        assert!(result.is_ok());
    }
}
