//! The optimal assignment over the whole site. The objective is lexicographic: first help as
//! many people as possible, then the largest total score, then the earliest arrivals. The last
//! step is what makes the queue fair among people with the same needs: swapping a later ticket
//! for an earlier one with the same needs never lowers the score, so the tie-break decides.
//!
//! The three levels are folded into one integer weight per pair, each level scaled past the
//! largest possible sum of the levels below it, and Kuhn–Munkres maximises the total.

use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

/// An allowed pair, by index into the requests and the volunteers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Edge {
    pub request: usize,
    pub volunteer: usize,
    pub score: i64,
}

/// The chosen edges, at most one per request and per volunteer. `rank[r]` orders the requests
/// by arrival: 0 for the latest, `rank.len() - 1` for the earliest, each value once.
pub(super) fn assign<'a>(rank: &[i64], edges: &'a [Edge]) -> Vec<&'a Edge> {
    // Only people and volunteers with an allowed pair take part: the others cannot change the
    // result, and Kuhn–Munkres is cubic in the size of the matrix.
    let requests = Compact::new(edges.iter().map(|e| e.request));
    let volunteers = Compact::new(edges.iter().map(|e| e.volunteer));
    let pairs = requests.len().min(volunteers.len());
    if pairs == 0 {
        return Vec::new();
    }

    let n = rank.len() as i128;
    // Any matching's sum of ranks lies in 0..=n(n-1)/2, so one score point must weigh more.
    let per_point = n * (n - 1) / 2 + 1;
    let max_abs = edges.iter().map(|e| e.score.abs()).max().unwrap_or(0) as i128;
    let widest = max_abs * per_point + n;
    // The score-and-rank part of any matching lies within ±pairs·widest, so one more pair
    // must weigh more than the gap between two of them.
    let per_pair = 2 * pairs as i128 * widest + 1;
    let largest_total = pairs as i128 * (per_pair + widest);
    // Kuhn–Munkres adds and subtracts labels of the size of the total; keep a factor of two.
    assert!(
        largest_total <= i64::MAX as i128 / 2,
        "too many tickets or volunteers to match at once: {} × {}",
        requests.len(),
        volunteers.len()
    );
    // Within range by the check above, and above 0 because per_pair exceeds widest.
    let weight = |edge: &Edge| {
        (per_pair + edge.score as i128 * per_point + rank[edge.request] as i128) as i64
    };

    // Kuhn–Munkres assigns every row, so rows are the smaller side. Pairs that are not
    // allowed weigh 0, below every allowed one, and are dropped afterwards.
    let by_request = requests.len() <= volunteers.len();
    let (rows, columns) = if by_request {
        (requests.len(), volunteers.len())
    } else {
        (volunteers.len(), requests.len())
    };
    let mut weights = Matrix::new(rows, columns, 0i64);
    let mut edge_at = vec![None; rows * columns];
    for (i, edge) in edges.iter().enumerate() {
        let (r, v) = (
            requests.index(edge.request),
            volunteers.index(edge.volunteer),
        );
        let (row, column) = if by_request { (r, v) } else { (v, r) };
        weights[(row, column)] = weight(edge);
        edge_at[row * columns + column] = Some(i);
    }
    let (_, columns_of_rows) = kuhn_munkres(&weights);
    columns_of_rows
        .into_iter()
        .enumerate()
        .filter_map(|(row, column)| edge_at[row * columns + column])
        .map(|i| &edges[i])
        .collect()
}

/// Dense indices 0..len for the distinct values of a sparse set of indices.
struct Compact {
    dense: Vec<usize>,
    len: usize,
}

impl Compact {
    fn new(sparse: impl Iterator<Item = usize> + Clone) -> Self {
        let size = sparse.clone().max().map_or(0, |max| max + 1);
        let mut dense = vec![usize::MAX; size];
        let mut len = 0;
        for index in sparse {
            if dense[index] == usize::MAX {
                dense[index] = len;
                len += 1;
            }
        }
        Compact { dense, len }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn index(&self, sparse: usize) -> usize {
        self.dense[sparse]
    }
}
