fn main() -> anyhow::Result<()> {
    let cfg = xlavit::model::mlp::MlpConfig { input: 4, hidden: vec![8], classes: 3 };
    let f = xlavit::train_step::mlp_step(&cfg, 2, &xlavit::optim::AdamW::default())?;
    print!("{}", xlavit::emit::stablehlo(&f)?);
    Ok(())
}
