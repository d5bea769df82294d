module @reduce attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3x4xf64>) -> (tensor<3xf64>) {
    %0 = stablehlo.constant dense<0.0e0> : tensor<f64>
    %1 = "stablehlo.reduce"(%arg0, %0) ({
    ^bb0(%2: tensor<f64>, %3: tensor<f64>):
      %4 = stablehlo.add %2, %3 : tensor<f64>
      "stablehlo.return"(%4) : (tensor<f64>) -> ()
    }) {dimensions = array<i64: 0, 2>} : (tensor<2x3x4xf64>, tensor<f64>) -> tensor<3xf64>
    %5 = stablehlo.constant dense<0xFFF0000000000000> : tensor<f64>
    %6 = "stablehlo.reduce"(%arg0, %5) ({
    ^bb0(%7: tensor<f64>, %8: tensor<f64>):
      %9 = stablehlo.maximum %7, %8 : tensor<f64>
      "stablehlo.return"(%9) : (tensor<f64>) -> ()
    }) {dimensions = array<i64: 0, 2>} : (tensor<2x3x4xf64>, tensor<f64>) -> tensor<3xf64>
    %10 = stablehlo.add %1, %6 : tensor<3xf64>
    %11 = stablehlo.constant dense<0x7FF0000000000000> : tensor<f64>
    %12 = "stablehlo.reduce"(%arg0, %11) ({
    ^bb0(%13: tensor<f64>, %14: tensor<f64>):
      %15 = stablehlo.minimum %13, %14 : tensor<f64>
      "stablehlo.return"(%15) : (tensor<f64>) -> ()
    }) {dimensions = array<i64: 0, 2>} : (tensor<2x3x4xf64>, tensor<f64>) -> tensor<3xf64>
    %16 = stablehlo.add %10, %12 : tensor<3xf64>
    return %16 : tensor<3xf64>
  }
}
