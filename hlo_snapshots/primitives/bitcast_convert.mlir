module @bitcast_convert attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf64>) -> (tensor<2x3xf64>) {
    %0 = "stablehlo.bitcast_convert"(%arg0) : (tensor<2x3xf64>) -> tensor<2x3xi64>
    %1 = "stablehlo.bitcast_convert"(%0) : (tensor<2x3xi64>) -> tensor<2x3xf64>
    return %1 : tensor<2x3xf64>
  }
}
