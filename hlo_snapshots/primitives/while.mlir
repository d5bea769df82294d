module @while attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf64>) -> (tensor<3xf64>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = "stablehlo.while"(%0, %arg0) ({
    ^bb0(%2: tensor<i32>, %3: tensor<3xf64>):
      %4 = stablehlo.constant dense<3> : tensor<i32>
      %5 = "stablehlo.compare"(%2, %4) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%5) : (tensor<i1>) -> ()
    }, {
    ^bb0(%6: tensor<i32>, %7: tensor<3xf64>):
      %8 = stablehlo.constant dense<1> : tensor<i32>
      %9 = stablehlo.add %6, %8 : tensor<i32>
      %10 = stablehlo.multiply %7, %7 : tensor<3xf64>
      %11 = stablehlo.constant dense<5.0e-1> : tensor<f64>
      %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64>} : (tensor<f64>) -> tensor<3xf64>
      %13 = stablehlo.multiply %10, %12 : tensor<3xf64>
      "stablehlo.return"(%9, %13) : (tensor<i32>, tensor<3xf64>) -> ()
    }) : (tensor<i32>, tensor<3xf64>) -> (tensor<i32>, tensor<3xf64>)
    return %1#1 : tensor<3xf64>
  }
}
