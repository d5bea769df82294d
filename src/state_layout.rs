//! What a train step carries to the next, by name and place: the order of the train programs'
//! state inputs and outputs, of the resume file's tensors and of the host's copies. The step
//! program, the resume state, `train` and `bench` all ask this one type, so a new part of the
//! state (an EMA copy of the weights, say) is one line in `PARTS`.

use crate::dtype::DType;
use crate::host::HostTensor;
use crate::model::ParamSpec;
use crate::shape::Shape;
use std::ops::Range;

/// The slots of the on-device metric accumulator. The first four are sums since the run began
/// (loss, correct predictions, gradient norm, steps): the host reads them when it logs, and a
/// window's or an epoch's figures are the difference of two readings, so nothing is ever
/// written back. The last is the learning rate of the latest step, for the log.
pub const METRIC_SLOTS: [&str; 5] = ["loss", "correct", "grad_norm", "steps", "lr"];
/// How many of the slots are running sums.
pub const SUMMED_SLOTS: usize = 4;
/// The slot of the latest step's learning rate.
pub const LR_SLOT: usize = 4;

/// One part of the state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The model's parameters, by their Hugging Face names.
    Params,
    /// AdamW's first moments, one per parameter (`mu.NAME`).
    Mu,
    /// AdamW's second moments (`nu.NAME`).
    Nu,
    /// The moving average of the parameters (`ema.NAME`), when the recipe keeps one.
    Ema,
    /// The step counter, s32.
    Step,
    /// The metric accumulator (`METRIC_SLOTS`), only in programs that accumulate.
    Metrics,
}

/// The parts in their order.
const PARTS: [Part; 6] = [Part::Params, Part::Mu, Part::Nu, Part::Ema, Part::Step, Part::Metrics];

impl Part {
    /// One tensor per parameter, or a single tensor.
    fn per_parameter(self) -> bool {
        matches!(self, Part::Params | Part::Mu | Part::Nu | Part::Ema)
    }

    /// The name of a single-tensor part in the state (`step`, `metrics`).
    pub fn name(self) -> &'static str {
        self.prefix()
    }

    fn prefix(self) -> &'static str {
        match self {
            Part::Params => "",
            Part::Mu => "mu.",
            Part::Nu => "nu.",
            Part::Ema => "ema.",
            Part::Step => "step",
            Part::Metrics => "metrics",
        }
    }
}

/// The state of a train step over `params`, with or without the metric accumulator.
#[derive(Clone, Debug)]
pub struct StateLayout {
    params: Vec<(String, Shape)>,
    metrics: bool,
    ema: bool,
}

impl StateLayout {
    pub fn new(params: &[ParamSpec], metrics: bool) -> StateLayout {
        StateLayout { params: params.iter().map(|p| (p.name.clone(), p.shape.clone())).collect(), metrics, ema: false }
    }

    /// The same state with (or without) a moving average of the parameters.
    pub fn with_ema(self, ema: bool) -> StateLayout {
        StateLayout { ema, ..self }
    }

    /// A layout for parameters known only as host tensors (tests, the MLP), named by position.
    pub fn for_tensors(params: &[HostTensor], metrics: bool) -> StateLayout {
        let params = params.iter().enumerate().map(|(i, t)| (format!("param{i}"), Shape::new(t.dtype, &t.dims))).collect();
        StateLayout { params, metrics, ema: false }
    }

    fn parts(&self) -> impl Iterator<Item = Part> + '_ {
        PARTS.into_iter().filter(|&p| (p != Part::Metrics || self.metrics) && (p != Part::Ema || self.ema))
    }

    fn size(&self, part: Part) -> usize {
        if part.per_parameter() {
            self.params.len()
        } else {
            1
        }
    }

    pub fn has(&self, part: Part) -> bool {
        self.parts().any(|p| p == part)
    }

    /// The places of `part` among the state's tensors (empty when the layout lacks it).
    pub fn range(&self, part: Part) -> Range<usize> {
        let mut start = 0;
        for p in self.parts() {
            let end = start + self.size(p);
            if p == part {
                return start..end;
            }
            start = end;
        }
        start..start
    }

    /// The place of a single-tensor part (`Step`, `Metrics`). Panics for a part the layout lacks.
    pub fn index(&self, part: Part) -> usize {
        let r = self.range(part);
        assert!(r.len() == 1, "{part:?} is not one tensor of this state");
        r.start
    }

    pub fn len(&self) -> usize {
        self.parts().map(|p| self.size(p)).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The state's values in order, from each part's (one per parameter, or one): the one place
    /// the order is written, for names, shapes, host tensors and traced tensors alike.
    pub fn assemble<T>(&self, mut values_of: impl FnMut(Part) -> Vec<T>) -> Vec<T> {
        let mut out = Vec::with_capacity(self.len());
        for part in self.parts() {
            let values = values_of(part);
            assert_eq!(values.len(), self.size(part), "{part:?}: {} values for {} places", values.len(), self.size(part));
            out.extend(values);
        }
        out
    }

    /// Every state tensor's name and shape, in order: the program's state inputs and outputs
    /// and the resume file's tensors are named so.
    pub fn specs(&self) -> Vec<(String, Shape)> {
        self.assemble(|part| match part {
            Part::Params | Part::Mu | Part::Nu | Part::Ema => self.params.iter().map(|(n, s)| (format!("{}{n}", part.prefix()), s.clone())).collect(),
            Part::Step => vec![(part.prefix().into(), Shape::new(DType::S32, &[]))],
            Part::Metrics => vec![(part.prefix().into(), Shape::new(DType::F32, &[METRIC_SLOTS.len() as i64]))],
        })
    }

    pub fn names(&self) -> Vec<String> {
        self.specs().into_iter().map(|(n, _)| n).collect()
    }

    /// The state a fresh run starts from: `params`, zero moments, the average at `params`,
    /// step 0, zero sums.
    pub fn initial(&self, params: &[HostTensor]) -> Vec<HostTensor> {
        self.assemble(|part| match part {
            Part::Params | Part::Ema => params.to_vec(),
            Part::Mu | Part::Nu => params.iter().map(|p| HostTensor::zeros(p.dtype, &p.dims)).collect(),
            Part::Step => vec![HostTensor::scalar_i32(0)],
            Part::Metrics => vec![HostTensor::zeros(DType::F32, &[METRIC_SLOTS.len() as i64])],
        })
    }

    /// `part` of `values` (one per state tensor, in order).
    pub fn part<'a, T>(&self, values: &'a [T], part: Part) -> &'a [T] {
        &values[self.range(part)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(metrics: bool) -> StateLayout {
        let specs = [
            ParamSpec { name: "a.weight".into(), shape: Shape::new(DType::F32, &[2, 3]), kind: crate::model::ParamKind::Weight, depth: None },
            ParamSpec { name: "a.bias".into(), shape: Shape::new(DType::F32, &[3]), kind: crate::model::ParamKind::Bias, depth: None },
        ];
        StateLayout::new(&specs, metrics)
    }

    #[test]
    fn parts_sit_in_order_and_are_named_as_the_resume_file_names_them() {
        let l = layout(true);
        assert_eq!(l.names(), ["a.weight", "a.bias", "mu.a.weight", "mu.a.bias", "nu.a.weight", "nu.a.bias", "step", "metrics"]);
        assert_eq!((l.range(Part::Params), l.range(Part::Mu), l.range(Part::Nu)), (0..2, 2..4, 4..6));
        assert_eq!((l.index(Part::Step), l.index(Part::Metrics), l.len()), (6, 7, 8));
        let plain = layout(false);
        assert_eq!((plain.len(), plain.has(Part::Metrics), plain.range(Part::Metrics)), (7, false, 7..7));
        assert_eq!(plain.specs()[6].1, Shape::new(DType::S32, &[]));
    }

    #[test]
    fn a_fresh_state_is_the_parameters_then_zeros() {
        let l = layout(true);
        let params = vec![HostTensor::from_f32(&[2, 3], &[1.0; 6]).unwrap(), HostTensor::from_f32(&[3], &[2.0; 3]).unwrap()];
        let s = l.initial(&params);
        assert_eq!(s.len(), l.len());
        for (t, (_, spec)) in s.iter().zip(l.specs()) {
            assert_eq!((t.dtype, t.dims.as_slice()), (spec.dtype, spec.dims.as_slice()));
        }
        assert_eq!(s[0], params[0]);
        assert!(s[2..].iter().all(|t| t.data.iter().all(|&b| b == 0)));
        assert_eq!(l.part(&s, Part::Params), &params[..]);
        assert_eq!(l.part(&s, Part::Step), &[HostTensor::scalar_i32(0)]);
    }
}
