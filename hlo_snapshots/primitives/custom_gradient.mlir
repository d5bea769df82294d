module @custom_gradient attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x5xf64>) -> (tensor<2x5xf64>) {
    %0 = stablehlo.constant dense<0xFFF0000000000000> : tensor<f64>
    %1 = "stablehlo.reduce"(%arg0, %0) ({
    ^bb0(%2: tensor<f64>, %3: tensor<f64>):
      %4 = stablehlo.maximum %2, %3 : tensor<f64>
      "stablehlo.return"(%4) : (tensor<f64>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf64>, tensor<f64>) -> tensor<2xf64>
    %5 = "stablehlo.reshape"(%1) : (tensor<2xf64>) -> tensor<2x1xf64>
    %6 = "stablehlo.reshape"(%5) : (tensor<2x1xf64>) -> tensor<2xf64>
    %7 = "stablehlo.broadcast_in_dim"(%6) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf64>) -> tensor<2x5xf64>
    %8 = stablehlo.subtract %arg0, %7 : tensor<2x5xf64>
    %9 = stablehlo.exponential %8 : tensor<2x5xf64>
    %10 = stablehlo.constant dense<0.0e0> : tensor<f64>
    %11 = "stablehlo.reduce"(%9, %10) ({
    ^bb0(%12: tensor<f64>, %13: tensor<f64>):
      %14 = stablehlo.add %12, %13 : tensor<f64>
      "stablehlo.return"(%14) : (tensor<f64>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf64>, tensor<f64>) -> tensor<2xf64>
    %15 = "stablehlo.reshape"(%11) : (tensor<2xf64>) -> tensor<2x1xf64>
    %16 = "stablehlo.reshape"(%15) : (tensor<2x1xf64>) -> tensor<2xf64>
    %17 = "stablehlo.broadcast_in_dim"(%16) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf64>) -> tensor<2x5xf64>
    %18 = stablehlo.divide %9, %17 : tensor<2x5xf64>
    return %18 : tensor<2x5xf64>
  }
}
